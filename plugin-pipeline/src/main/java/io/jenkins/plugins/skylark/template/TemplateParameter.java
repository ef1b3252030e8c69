package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A form field of a template. {@code defaultValue} is already of the type's Java kind (String,
 * Boolean, Long, List of String) or {@code null}; {@code pattern} must match the whole value (each
 * item of a list); a parameter whose {@code shownWhen} rule does not hold is neither required nor
 * rendered. {@code advanced} fields are folded away by forms.
 */
public record TemplateParameter(
        String name,
        ParameterType type,
        boolean required,
        Object defaultValue,
        Pattern pattern,
        Widget widget,
        List<String> choices,
        Condition shownWhen,
        boolean advanced,
        LocalizedText label,
        LocalizedText help) {

    public TemplateParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        widget = widget == null ? type.defaultWidget() : widget;
        choices = List.copyOf(choices);
        shownWhen = shownWhen == null ? Condition.ALWAYS : shownWhen;
        Objects.requireNonNull(label, "label");
    }

    /** The value used when none is given: the default, or the type's empty value. */
    public Object valueWhenAbsent() {
        if (defaultValue != null) {
            return defaultValue;
        }
        return switch (type) {
            case BOOLEAN -> Boolean.FALSE;
            case LIST -> List.of();
            default -> "";
        };
    }
}
