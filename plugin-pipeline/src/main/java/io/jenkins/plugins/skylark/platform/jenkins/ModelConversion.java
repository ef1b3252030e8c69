package io.jenkins.plugins.skylark.platform.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns form text into record values. A value that cannot be parsed becomes {@code null} and a
 * {@link ValidationProblem} naming the object and field, reported together with the validator's.
 */
final class ModelConversion {
    private final Locale locale;
    private final List<ValidationProblem> problems = new ArrayList<>();

    ModelConversion(Locale locale) {
        this.locale = locale;
    }

    List<ValidationProblem> problems() {
        return List.copyOf(problems);
    }

    /** {@code text} parsed, {@code null} when blank or not parseable (then a problem is recorded). */
    <E> E parse(String objectKind, String objectId, String field, String text, Function<String, E> parser) {
        String value = strippedOrNull(text);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationProblem(objectKind, idOrEmpty(objectId), field, e.getMessage()));
            return null;
        }
    }

    /** Labels written one {@code key=value} per line; a line without {@code =} is a problem. */
    Map<String, String> labels(String objectId, String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int equals = line.indexOf('=');
            if (line.isEmpty()) {
                continue;
            }
            if (equals < 0) {
                problems.add(new ValidationProblem("cluster", idOrEmpty(objectId), "labels",
                        Messages.get(locale, "conversion.labelLine", i + 1, line)));
            } else {
                labels.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return labels;
    }

    /**
     * Delivery event names ({@code deploy-failed} or {@code DEPLOY_FAILED}) as a set; an unknown, empty or
     * repeated name is a problem naming {@code events[i]}, since the set would hide a repetition.
     */
    Set<DeliveryEventType> events(String objectKind, String objectId, List<String> names) {
        Set<DeliveryEventType> events = EnumSet.noneOf(DeliveryEventType.class);
        for (int i = 0; i < names.size(); i++) {
            String field = "events[" + i + "]";
            if (strippedOrNull(names.get(i)) == null) {
                problems.add(new ValidationProblem(objectKind, idOrEmpty(objectId), field,
                        Messages.get(locale, "conversion.eventEmpty")));
                continue;
            }
            DeliveryEventType event = parse(objectKind, objectId, field, names.get(i), DeliveryEventType::parse);
            if (event != null && !events.add(event)) {
                problems.add(new ValidationProblem(objectKind, idOrEmpty(objectId), field,
                        Messages.get(locale, "conversion.eventRepeated", event.userName())));
            }
        }
        return events;
    }

    /** Names separated by commas, semicolons or white space ({@code "alice, bob"}). */
    static List<String> words(String text) {
        String value = strippedOrNull(text);
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** A server's base URL as callers append paths to it: stripped, without trailing slashes; {@code null} when blank. */
    static String baseUrl(String text) {
        String value = strippedOrNull(text);
        while (value != null && value.endsWith("/") && !value.endsWith("//")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }

    /** The non-blank lines of {@code text}, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String idOrEmpty(String id) {
        return id == null ? "" : id;
    }
}
