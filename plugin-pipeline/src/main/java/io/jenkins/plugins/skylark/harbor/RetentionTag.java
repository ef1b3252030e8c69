package io.jenkins.plugins.skylark.harbor;

import java.util.regex.Pattern;

/**
 * The retention-friendly tag {@code <version>-<build>} ({@code 1.4.0-57}): unique per build, so a Harbor tag
 * immutability rule on {@code *-*} never blocks a push, and a retention rule "retain the most recently pushed
 * <i>n</i> artifacts" with tag pattern {@code *-*} keeps the last builds of every version while moving tags
 * ({@code latest}, the build number alone) stay out of both rules.
 */
public final class RetentionTag {
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._]{0,100}");

    private RetentionTag() {
    }

    /**
     * @param version the application's version, e.g. {@code 1.4.0}; no {@code -} so the pattern {@code *-*} stays
     *     unambiguous
     * @throws IllegalArgumentException naming the field when the version cannot be part of a tag
     */
    public static String of(String version, int build) {
        String text = version == null ? "" : version.strip();
        if (!VERSION.matcher(text).matches()) {
            throw new IllegalArgumentException(Messages.format("RetentionTag.invalid", version));
        }
        return text + "-" + build;
    }
}
