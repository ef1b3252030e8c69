package io.jenkins.plugins.skylark.platform.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import io.jenkins.plugins.skylark.platform.ValidationProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Names separated by commas or white space ({@code "alice, bob"}). */
    static List<String> words(String text) {
        String value = strippedOrNull(text);
        return value == null ? List.of() : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }



    private static String idOrEmpty(String id) {
        return id == null ? "" : id;
    }
}
