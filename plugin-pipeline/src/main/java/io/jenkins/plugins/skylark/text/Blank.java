package io.jenkins.plugins.skylark.text;

/**
 * How Skylark reads optional text from forms, step arguments and settings: blank means "not given".
 * Two variants, because some values (a PEM certificate) must be kept exactly as entered.
 */
public final class Blank {
    private Blank() {
    }

    /** {@code null} when {@code value} is null or blank, otherwise {@code value} unchanged. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code null} when {@code value} is null or blank, otherwise {@code value} without surrounding white space. */
    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
