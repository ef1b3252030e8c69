package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Values a template cannot be rendered with; carries every error found, each naming its field. */
public class InvalidValuesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String templateId;
    private final transient List<FieldError> errors;

    InvalidValuesException(String templateId, List<FieldError> errors) {
        super(summary(templateId, errors, Locale.ROOT));
        this.templateId = templateId;
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** All errors as one text in the reader's language. */
    public String message(Locale locale) {
        return summary(templateId, errors, locale);
    }

    private static String summary(String templateId, List<FieldError> errors, Locale locale) {
        return Messages.format(locale, "values.invalid", templateId) + " " + errors.stream()
                .map(e -> e.message(locale)).collect(Collectors.joining("; "));
    }
}
