package io.jenkins.plugins.skylark.platform;

import java.io.Serializable;
import java.util.Locale;

/**
 * One reason a {@link PlatformModel} is invalid.
 *
 * @param objectKind {@code cluster}, {@code registry}, {@code project}, {@code environment},
 *     {@code application}, {@code channel}, {@code analysis} or {@code platform} (the global settings) (stable identifiers,
 *     not translated)
 * @param objectId the object's id; {@code project/id} for environments, applications, channels and analyses;
 *     {@code global} for the platform's own settings; {@code ""} when the object has no id
 * @param field the record component at fault, e.g. {@code namespace} or {@code workloads[0].name}
 * @param message what is wrong, already localised
 */
public record ValidationProblem(String objectKind, String objectId, String field, String message)
        implements Serializable {

    /** The problem as one line in {@code locale}, e.g. {@code environment 'shop/dev', field 'namespace': …}. */
    public String format(Locale locale) {
        return Messages.get(locale, "ValidationProblem.format",
                Messages.get(locale, "kind." + objectKind), objectId, field, message);
    }

    /** {@link #format(Locale)} in the JVM default locale. */
    @Override
    public String toString() {
        return format(Locale.getDefault());
    }
}
