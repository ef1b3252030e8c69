package io.jenkins.plugins.skylark.metrics.dora;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

/**
 * The band limits, kept as data with their source year in {@code performance-levels-<year>.properties}
 * next to this class. A value better than or equal to a band's limit earns that band; anything else
 * is {@code LOW}; a missing value is {@code NO_DATA}.
 *
 * @param sourceYear       year of the DORA report the limits come from
 * @param source           where the limits come from, for display
 * @param eliteFrequency   deployments per week for elite
 * @param highFrequency    deployments per week for high
 * @param mediumFrequency  deployments per week for medium
 * @param eliteLeadTime    median lead time below which elite
 * @param highLeadTime     median lead time below which high
 * @param mediumLeadTime   median lead time below which medium
 * @param eliteRecovery    median recovery time below which elite
 * @param highRecovery     median recovery time below which high
 * @param mediumRecovery   median recovery time below which medium
 */
public record PerformanceThresholds(
        int sourceYear, String source,
        double eliteFrequency, double highFrequency, double mediumFrequency,
        Duration eliteLeadTime, Duration highLeadTime, Duration mediumLeadTime,
        Duration eliteRecovery, Duration highRecovery, Duration mediumRecovery) {

    /** The 2024 limits, as commonly cited. */
    public static PerformanceThresholds dora2024() {
        return load("performance-levels-2024.properties");
    }

    static PerformanceThresholds load(String resource) {
        Properties p = new Properties();
        try (InputStream in = PerformanceThresholds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing performance level resource " + resource);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new PerformanceThresholds(Integer.parseInt(p.getProperty("sourceYear")), p.getProperty("source"),
                Double.parseDouble(p.getProperty("frequency.elite")), Double.parseDouble(p.getProperty("frequency.high")),
                Double.parseDouble(p.getProperty("frequency.medium")),
                Duration.parse(p.getProperty("leadTime.elite")), Duration.parse(p.getProperty("leadTime.high")),
                Duration.parse(p.getProperty("leadTime.medium")),
                Duration.parse(p.getProperty("recovery.elite")), Duration.parse(p.getProperty("recovery.high")),
                Duration.parse(p.getProperty("recovery.medium")));
    }

    /** Frequency band; zero deployments in a period is data (the slowest band), not "no data". */
    public PerformanceLevel frequency(double deploymentsPerWeek) {
        if (deploymentsPerWeek >= eliteFrequency) {
            return PerformanceLevel.ELITE;
        }
        if (deploymentsPerWeek >= highFrequency) {
            return PerformanceLevel.HIGH;
        }
        return deploymentsPerWeek >= mediumFrequency ? PerformanceLevel.MEDIUM : PerformanceLevel.LOW;
    }

    public PerformanceLevel leadTime(Duration median) {
        return below(median, eliteLeadTime, highLeadTime, mediumLeadTime);
    }

    public PerformanceLevel recovery(Duration median) {
        return below(median, eliteRecovery, highRecovery, mediumRecovery);
    }

    private static PerformanceLevel below(Duration value, Duration elite, Duration high, Duration medium) {
        if (value == null) {
            return PerformanceLevel.NO_DATA;
        }
        if (value.compareTo(elite) < 0) {
            return PerformanceLevel.ELITE;
        }
        if (value.compareTo(high) < 0) {
            return PerformanceLevel.HIGH;
        }
        return value.compareTo(medium) < 0 ? PerformanceLevel.MEDIUM : PerformanceLevel.LOW;
    }
}
