package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One rejected form value: the field it belongs to and why, as a message key with arguments. */
public record FieldError(String field, String key, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, List.of(args));
    }

    /** The message shown next to the field. */
    public String message(Locale locale) {
        Object[] all = new Object[args.size() + 1];
        all[0] = field;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return Messages.format(locale, key, all);
    }
}
