package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;
import java.util.Map;

/**
 * A quality gate or an image scan result of an application (events {@code QUALITY_GATE} and
 * {@code IMAGE_SCANNED}): not a DORA fact, shown in the report next to the figures.
 *
 * @param kind        which check
 * @param application the application checked
 * @param at          when the result was recorded
 * @param version     what was checked (analysed version, image reference)
 * @param attributes  the event's attributes ({@code status}, counts)
 */
public record CheckResult(Kind kind, String application, Instant at, String version, Map<String, String> attributes) {

    /** The event types this covers. */
    public enum Kind { QUALITY_GATE, IMAGE_SCANNED }

    public CheckResult {
        Require.present(kind, "CheckResult", "kind");
        Require.text(application, "CheckResult", "application");
        Require.present(at, "CheckResult", "at");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** An attribute, or {@code ""} when absent. */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** A count attribute, 0 when absent or not a number (the report still shows the line). */
    public int count(String name) {
        try {
            return Integer.parseInt(attribute(name).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
