package io.jenkins.plugins.skylark.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns a raw value (as a form or a YAML file gives it) into the parameter's Java kind and checks
 * it against the parameter's rules. Problems go to {@code errors}; the result is then {@code null}.
 */
final class ValueRules {

    private ValueRules() {
    }

    /** Absent, blank text or an empty list: the parameter's default applies. */
    static boolean isEmpty(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof List<?> l && l.isEmpty();
    }

    static Object check(TemplateParameter parameter, Object raw, Consumer<FieldError> errors) {
        Object value = coerce(parameter, raw);
        if (value == null) {
            errors.accept(FieldError.of(parameter.name(), "value.type", typeName(parameter.type())));
            return null;
        }
        List<FieldError> found = new ArrayList<>();
        texts(value).forEach(text -> checkText(parameter, text, found));
        found.stream().distinct().forEach(errors);
        return found.isEmpty() ? value : null;
    }

    private static Object coerce(TemplateParameter parameter, Object raw) {
        return switch (parameter.type()) {
            case STRING, TEXT, CHOICE -> raw instanceof String || raw instanceof Number || raw instanceof Boolean
                    ? raw.toString() : null;
            case BOOLEAN -> raw instanceof Boolean ? raw : parseBoolean(raw);
            case INTEGER -> raw instanceof Integer || raw instanceof Long ? ((Number) raw).longValue() : parseLong(raw);
            case LIST -> toList(raw);
        };
    }

    private static Object parseBoolean(Object raw) {
        return "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : null;
    }

    private static Object parseLong(Object raw) {
        if (raw instanceof String text && text.strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(text.strip());
        }
        return null;
    }

    /** A list of strings, or text with one item per line (what a list widget posts). */
    private static Object toList(Object raw) {
        if (raw instanceof String text) {
            return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (raw instanceof List<?> list && list.stream().allMatch(i -> i instanceof String || i instanceof Number)) {
            return list.stream().map(Object::toString).toList();
        }
        return null;
    }

    private static List<String> texts(Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof Long number) { // an integer's pattern checks its decimal text, e.g. a port range
            return List.of(number.toString());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String.class::cast).toList();
        }
        return List.of();
    }

    private static void checkText(TemplateParameter parameter, String text, List<FieldError> errors) {
        if (text.chars().anyMatch(c -> isForbidden(parameter.type(), (char) c))) {
            errors.add(FieldError.of(parameter.name(), parameter.type() == ParameterType.TEXT
                    ? "value.controlCharacters" : "value.oneLine"));
        } else if (parameter.type() == ParameterType.CHOICE && !parameter.choices().contains(text)) {
            errors.add(FieldError.of(parameter.name(), "value.choice", text, String.join(", ", parameter.choices())));
        } else if (parameter.pattern() != null && !parameter.pattern().matcher(text).matches()) {
            errors.add(FieldError.of(parameter.name(), "value.pattern", text, parameter.pattern().pattern()));
        }
    }

    /** Text may hold line breaks and tabs; every other type is one line without control characters. */
    private static boolean isForbidden(ParameterType type, char c) {
        boolean allowedInText = c == '\n' || c == '\r' || c == '\t';
        return Character.isISOControl(c) && !(type == ParameterType.TEXT && allowedInText);
    }

    static String typeName(ParameterType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
