package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field and label selectors of a list or a watch, read as a real API server reads them. Field selectors: {@code
 * metadata.name} and {@code metadata.namespace} with {@code =}, {@code ==} or {@code !=} (the fields every kind
 * supports); any other field is refused with 400. Label selectors: {@code a=b}, {@code a==b}, {@code a!=b},
 * {@code a in (b,c)}, {@code a notin (b,c)}, {@code a} and {@code !a}. fabric8's mock server matches all of these
 * kinds of requirement ({@link AttributeSet#matches}), but its parser knows neither {@code in} nor {@code notin}
 * and splits {@code (b,c)} at the comma; so the parsing is done here and the matching is fabric8's.
 */
final class Selectors {

    static final String NAME = "metadata.name";
    static final String NAMESPACE = "metadata.namespace";

    private static final String KEY = "((?:[A-Za-z0-9][-A-Za-z0-9_.]*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)";
    private static final String VALUE = "[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?";
    private static final Pattern EXISTS = Pattern.compile("\\s*(!?)\\s*" + KEY + "\\s*");
    private static final Pattern EQUALITY = Pattern.compile("\\s*" + KEY + "\\s*(==|=|!=)\\s*((?:" + VALUE + ")?)\\s*");
    // a set holds at least one value, as a real server requires
    private static final Pattern SET = Pattern.compile(
            "\\s*" + KEY + "\\s+(in|notin)\\s*\\(\\s*(" + VALUE + "(?:\\s*,\\s*" + VALUE + ")*)\\s*\\)\\s*");
    // no '*' in a field value: fabric8's matcher would take it for a wildcard
    private static final Pattern FIELD = Pattern.compile("\\s*([^!=\\s]+)\\s*(==|=|!=)\\s*([^*]*?)\\s*");
    private static final Set<String> FIELDS = Set.of(NAME, NAMESPACE);

    /** One set per requirement: a selector may hold several for one key ({@code a!=b,a!=c}). */
    private final List<AttributeSet> requirements;

    private Selectors(List<AttributeSet> requirements) {
        this.requirements = requirements;
    }

    /** Parses both selectors (either may be {@code null}); a selector a real server refuses throws a 400. */
    static Selectors parse(String fieldSelector, String labelSelector) {
        List<AttributeSet> requirements = new ArrayList<>();
        for (String requirement : split(fieldSelector)) {
            requirements.add(new AttributeSet(field(requirement)));
        }
        for (String requirement : split(labelSelector)) {
            requirements.add(new AttributeSet(label(requirement)));
        }
        return new Selectors(List.copyOf(requirements));
    }

    boolean matches(ObjectState object) {
        return requirements.stream().allMatch(object.attributes()::matches);
    }

    /** A list answer with only the items that match (other answers unchanged). */
    MockResponse filter(MockResponse list) {
        if (list.code() != 200 || requirements.isEmpty()) {
            return list;
        }
        ObjectNode body = JsonBodies.parseJson(list.getBody().readUtf8());
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        body.path("items").forEach(item -> {
            if (matches(ObjectState.of(item.toString()))) {
                kept.add(item);
            }
        });
        body.set("items", kept);
        return JsonBodies.ok(200, body);
    }

    private static Attribute field(String requirement) {
        Matcher m = FIELD.matcher(requirement);
        if (!m.matches()) {
            throw ApiException.badRequest("invalid selector: '" + requirement + "'; can't understand '"
                    + requirement.trim() + "'");
        }
        if (!FIELDS.contains(m.group(1))) {
            throw ApiException.badRequest("field label not supported: " + m.group(1));
        }
        return new Attribute(m.group(1), m.group(3), m.group(2).equals("!=") ? AttributeType.WITHOUT
                : AttributeType.WITH);
    }

    private static Attribute label(String requirement) {
        Matcher m = EQUALITY.matcher(requirement);
        if (m.matches()) {
            return new Attribute(ObjectState.LABEL_PREFIX + m.group(1), m.group(3),
                    m.group(2).equals("!=") ? AttributeType.WITHOUT : AttributeType.WITH);
        }
        m = SET.matcher(requirement);
        if (m.matches()) {
            List<String> values = List.of(m.group(3).split("\\s*,\\s*"));
            return new Attribute(ObjectState.LABEL_PREFIX + m.group(1), values,
                    m.group(2).equals("in") ? AttributeType.IN : AttributeType.NOT_IN);
        }
        m = EXISTS.matcher(requirement);
        if (m.matches()) {
            return new Attribute(ObjectState.LABEL_PREFIX + m.group(2), "",
                    m.group(1).isEmpty() ? AttributeType.EXISTS : AttributeType.NOT_EXISTS);
        }
        throw ApiException.badRequest("unable to parse requirement: \"" + requirement.trim() + "\"");
    }

    /** The requirements of a selector: split at the commas outside parentheses. */
    private static List<String> split(String selector) {
        List<String> parts = new ArrayList<>();
        if (selector == null || selector.isBlank()) {
            return parts;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(selector.substring(start));
        return parts;
    }
}
