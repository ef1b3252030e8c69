package io.jenkins.plugins.skylark.harbor;

import java.io.Serializable;

/**
 * Fails an image with more than {@code maxCount} vulnerabilities at or above {@code severity}.
 *
 * @param severity the lowest severity counted
 * @param maxCount how many such vulnerabilities are still acceptable; 0 or more
 */
public record ScanGate(Severity severity, int maxCount) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No critical vulnerability at all. */
    public static final ScanGate DEFAULT = new ScanGate(Severity.CRITICAL, 0);

    public ScanGate {
        if (severity == null || severity == Severity.UNKNOWN) {
            throw new IllegalArgumentException(Messages.format("Severity.unknown", severity));
        }
        if (maxCount < 0) {
            throw new IllegalArgumentException(Messages.format("ScanGate.negative", maxCount));
        }
    }

    /** Whether a finished scan passes. */
    public boolean passes(ScanOverview overview) {
        return overview.countAtLeast(severity) <= maxCount;
    }

    /** The gate in words: {@code at most 0 vulnerabilities of severity high or above}. */
    public String describe() {
        return Messages.format("ScanGate.describe", maxCount, severity.id());
    }
}
