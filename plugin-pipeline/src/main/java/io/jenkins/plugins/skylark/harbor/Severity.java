package io.jenkins.plugins.skylark.harbor;

import java.util.Locale;
import java.util.Optional;

/** The severities a gate counts, highest first. Harbor's {@code Negligible} counts as {@link #LOW}. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN;

    /** The lower-case name used in Jenkinsfiles and results: {@code critical} … {@code unknown}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a vulnerability of this severity is at or above {@code threshold} ({@link #UNKNOWN} is below all). */
    public boolean atLeast(Severity threshold) {
        return this != UNKNOWN && ordinal() <= threshold.ordinal();
    }

    /** Harbor's summary key ({@code Critical}, {@code Negligible} …), or empty for {@code None} and names it lacks. */
    static Optional<Severity> fromHarbor(String name) {
        String upper = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        if ("NEGLIGIBLE".equals(upper)) {
            return Optional.of(LOW);
        }
        for (Severity severity : values()) {
            if (severity.name().equals(upper)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /**
     * A Jenkinsfile's {@code severity:} ({@code critical}, {@code high}, {@code medium}, {@code low}).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Severity parse(String value) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity != UNKNOWN && severity.name().equals(upper)) {
                return severity;
            }
        }
        throw new IllegalArgumentException(Messages.format("Severity.unknown", value));
    }
}
