package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values as Groovy source literals. Strings become single-quoted literals, which Groovy never
 * interpolates; backslash, quote and line breaks are escaped, so no value can end the literal. A
 * user backslash is always doubled, so the text can never form a {@code \\uXXXX} escape, which
 * Groovy (like Java) decodes before parsing.
 */
final class GroovyLiterals {

    private GroovyLiterals() {
    }

    /** The literal for a String, Boolean, Integer/Long, List or Map with String keys. */
    static String of(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GroovyLiterals::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "[:]" : map.entrySet().stream()
                    .map(e -> quote((String) e.getKey()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        throw new IllegalArgumentException("no Groovy literal for " + (value == null ? "null" : value.getClass()));
    }

    /** A single-quoted string literal. Control characters other than the escapable ones are refused. */
    static String quote(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('\'');
        text.chars().forEach(c -> literal.append(escape((char) c)));
        return literal.append('\'').toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\'' -> "\\'";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> {
                if (Character.isISOControl(c)) {
                    throw new IllegalArgumentException("control character U+%04X cannot be rendered".formatted((int) c));
                }
                yield String.valueOf(c);
            }
        };
    }
}
