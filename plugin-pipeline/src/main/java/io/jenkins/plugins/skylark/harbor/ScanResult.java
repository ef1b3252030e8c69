package io.jenkins.plugins.skylark.harbor;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finished scan judged by a gate.
 *
 * @param artifact what was scanned
 * @param overview Harbor's summary of the scan
 * @param gate the gate applied
 */
public record ScanResult(ArtifactRef artifact, ScanOverview overview, ScanGate gate) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean passed() {
        return gate.passes(overview);
    }

    /** {@code PASSED} or {@code FAILED}, as the step's result and the {@code IMAGE_SCANNED} event say. */
    public String status() {
        return passed() ? "PASSED" : "FAILED";
    }

    /** The step's result: {@code [digest, status, counts: [critical:, high:, medium:, low:, unknown:], passed]}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("digest", artifact.digest());
        map.put("status", status());
        map.put("counts", new LinkedHashMap<>(overview.countsById()));
        map.put("passed", passed());
        return map;
    }

    /** The {@code IMAGE_SCANNED} event's attributes: status, the count per severity, the scanner. */
    public Map<String, String> eventAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("status", status());
        overview.countsById().forEach((severity, count) -> attributes.put(severity, String.valueOf(count)));
        attributes.put("scanner", overview.scanner() == null ? "" : overview.scanner());
        return attributes;
    }

    /** One log line: the counts, the gate and its verdict. */
    public String summary() {
        return Messages.format(passed() ? "ScanResult.passed" : "ScanResult.failed", artifact.describe(),
                overview.describeCounts(), gate.describe(), overview.countAtLeast(gate.severity()));
    }
}
