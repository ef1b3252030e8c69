package io.jenkins.plugins.skylark.template;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{ name }}} placeholder syntax of fragments and stage names. Chosen because it cannot
 * be mistaken for Groovy interpolation ({@code ${…}}); any other {@code {{} in a fragment is an error.
 */
final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    private Placeholders() {
    }

    /** The placeholder names in order of first use. */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Replaces every placeholder by what {@code replacement} gives for its name (taken verbatim). */
    static String replace(String text, Function<String, String> replacement) {
        return PlaceholderText.of(text).replace(replacement);
    }

    /** Text with every well-formed placeholder removed: any {@code {{} left in it is malformed. */
    static String withoutPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("");
    }
}
