package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Locale;

/**
 * Checks a whole {@link PlatformModel}. TODO(core, in progress): rules are being filled in.
 */
public final class PlatformValidator {

    private PlatformValidator() {
    }

    /** Every problem of {@code model}, messages in the JVM default locale; empty when valid. */
    public static List<ValidationProblem> validate(PlatformModel model) {
        return validate(model, Locale.getDefault());
    }

    /** Every problem of {@code model}, messages in {@code locale}; empty when valid. */
    public static List<ValidationProblem> validate(PlatformModel model, Locale locale) {
        return List.of(); // TODO(core, in progress)
    }

    /**
     * Returns {@code model} when valid.
     *
     * @throws InvalidPlatformModelException listing every problem
     */
    public static PlatformModel requireValid(PlatformModel model) {
        return requireValid(model, Locale.getDefault());
    }

    /** {@link #requireValid(PlatformModel)} with messages in {@code locale}. */
    public static PlatformModel requireValid(PlatformModel model, Locale locale) {
        List<ValidationProblem> problems = validate(model, locale);
        if (!problems.isEmpty()) {
            throw new InvalidPlatformModelException(problems, locale);
        }
        return model;
    }
}
