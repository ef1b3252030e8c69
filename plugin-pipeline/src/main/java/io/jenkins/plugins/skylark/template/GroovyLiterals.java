package io.jenkins.plugins.skylark.template;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Values as Groovy source literals. Strings become single-quoted literals, which Groovy never
 * interpolates; backslash, quote and line breaks are escaped, so no value can end the literal. A
 * user backslash is always doubled, so the text can never form a {@code \\uXXXX} escape, which
 * Groovy (like Java) decodes before parsing. Literals are appended to the caller's builder: a render
 * writes many of them.
 */
final class GroovyLiterals {

    private GroovyLiterals() {
    }

    /** The literal for a String, Boolean, Integer/Long, List or Map with String keys. */
    static String of(Object value) {
        return append(new StringBuilder(), value, false).toString();
    }

    /**
     * The literal {@link #of} gives with every string, number and boolean in it blanked ({@code ''},
     * {@code 0} or {@code -0}, {@code false}): the same tokens but for the literals' contents, so a
     * Jenkinsfile written with blanks parses as the one written with the values (see {@link SkeletonCheck}).
     */
    static String blank(Object value) {
        return append(new StringBuilder(), value, true).toString();
    }

    /** Appends {@link #of} (or, when {@code blank}, {@link #blank}) of the value to {@code out}. */
    static StringBuilder append(StringBuilder out, Object value, boolean blank) {
        if (value instanceof String text) {
            return blank ? out.append("''") : quote(out, text);
        }
        if (value instanceof Boolean) {
            return out.append(blank ? "false" : value.toString());
        }
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            return blank ? out.append(number < 0 ? "-0" : "0") : out.append(number);
        }
        if (value instanceof List<?> list) {
            out.append('[');
            for (Iterator<?> items = list.iterator(); items.hasNext(); ) {
                append(out, items.next(), blank).append(items.hasNext() ? ", " : "");
            }
            return out.append(']');
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return out.append("[:]");
            }
            out.append('[');
            for (Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator(); entries.hasNext(); ) {
                Map.Entry<?, ?> entry = entries.next();
                append(out, (String) entry.getKey(), blank).append(": ");
                append(out, entry.getValue(), blank).append(entries.hasNext() ? ", " : "");
            }
            return out.append(']');
        }
        throw new IllegalArgumentException("no Groovy literal for " + (value == null ? "null" : value.getClass()));
    }

    /** A single-quoted string literal. Control characters other than the escapable ones are refused. */
    static String quote(String text) {
        return quote(new StringBuilder(text.length() + 2), text).toString();
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isISOControl(c)) {
                        throw new IllegalArgumentException(
                                "control character U+%04X cannot be rendered".formatted((int) c));
                    }
                    out.append(c);
                }
            }
        }
        return out.append('\'');
    }
}
