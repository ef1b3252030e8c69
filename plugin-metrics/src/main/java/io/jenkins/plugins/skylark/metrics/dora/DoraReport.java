package io.jenkins.plugins.skylark.metrics.dora;

import java.util.List;

/**
 * What the engine computed for a scope and period.
 *
 * @param period     the period
 * @param scope      the selected applications and environments
 * @param thresholds the band limits used
 * @param series     one entry per application and environment, sorted by name
 * @param total      all series together, computed from their pooled samples
 * @param issues     facts left out, in the period
 * @param checks     per application, the latest quality gate and image scan in the period (may be empty)
 */
public record DoraReport(ReportPeriod period, MetricsScope scope, PerformanceThresholds thresholds,
                         List<Series> series, SeriesFigures total, List<DataIssue> issues,
                         List<ApplicationChecks> checks) {

    public DoraReport {
        series = List.copyOf(series);
        issues = List.copyOf(issues);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
