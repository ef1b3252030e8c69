package io.jenkins.plugins.skylark.harbor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An artifact's vulnerability scan as Harbor summarises it ({@code scan_overview}, keyed by report MIME type;
 * the native report {@code application/vnd.security.vulnerability.report; version=1.1} is preferred).
 *
 * @param status where the scan is
 * @param counts vulnerabilities per severity, every severity present (0 when Harbor lists none)
 * @param scanner {@code name version} of the scanner, or {@code null} before a report exists
 */
public record ScanOverview(ScanStatus status, Map<Severity, Integer> counts, String scanner) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The native vulnerability report's MIME type, Harbor's key in {@code scan_overview}. */
    public static final String NATIVE_REPORT = "application/vnd.security.vulnerability.report; version=1.1";

    public static final ScanOverview NOT_SCANNED = new ScanOverview(ScanStatus.NOT_SCANNED, Map.of(), null);

    public ScanOverview {
        EnumMap<Severity, Integer> all = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            all.put(severity, counts == null ? 0 : counts.getOrDefault(severity, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** Reads a {@code scan_overview} object; missing or empty means {@link #NOT_SCANNED}. */
    public static ScanOverview read(JsonNode overview) {
        JsonNode report = report(overview);
        if (report == null) {
            return NOT_SCANNED;
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        JsonNode bySeverity = report.path("summary").path("summary");
        for (Iterator<Map.Entry<String, JsonNode>> it = bySeverity.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Severity.fromHarbor(entry.getKey()).ifPresent(severity ->
                    counts.merge(severity, entry.getValue().asInt(0), Integer::sum));
        }
        JsonNode scanner = report.path("scanner");
        String name = scanner.path("name").asText("");
        String version = scanner.path("version").asText("");
        return new ScanOverview(ScanStatus.fromHarbor(report.path("scan_status").asText(null)), counts,
                name.isEmpty() ? null : (name + " " + version).strip());
    }

    private static JsonNode report(JsonNode overview) {
        if (overview == null || !overview.isObject() || overview.isEmpty()) {
            return null;
        }
        JsonNode preferred = overview.get(NATIVE_REPORT);
        return preferred != null && preferred.isObject() ? preferred : overview.elements().next();
    }

    /** Vulnerabilities at or above {@code threshold}. */
    public int countAtLeast(Severity threshold) {
        return counts.entrySet().stream().filter(e -> e.getKey().atLeast(threshold)).mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** {@code critical: 1, high: 3, medium: 0, low: 2, unknown: 0}, for the log. */
    public String describeCounts() {
        StringBuilder text = new StringBuilder();
        counts.forEach((severity, count) -> text.append(text.length() == 0 ? "" : ", ").append(severity.id())
                .append(": ").append(count));
        return text.toString();
    }

    /** Counts keyed by {@link Severity#id()}, highest first, for results and events. */
    public Map<String, Integer> countsById() {
        Map<String, Integer> byId = new LinkedHashMap<>();
        counts.forEach((severity, count) -> byId.put(severity.id(), count));
        return byId;
    }
}
