package io.jenkins.plugins.skylark.metrics.dora;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest quality gate and the latest image scan of one application in the period (either may be
 * {@code null}, never both).
 *
 * @param application the application
 * @param qualityGate its latest {@code QUALITY_GATE} result in the period
 * @param imageScan   its latest {@code IMAGE_SCANNED} result in the period
 */
public record ApplicationChecks(String application, CheckResult qualityGate, CheckResult imageScan) {

    /** Per application in scope (sorted by name), the latest of each kind recorded in the period. */
    static List<ApplicationChecks> latest(List<CheckResult> checks, MetricsScope scope, ReportPeriod period) {
        Map<String, CheckResult[]> byApplication = new TreeMap<>();
        checks.stream()
                .filter(c -> period.contains(c.at()) && scope.matches(c.application(), scope.environment()))
                .sorted(Comparator.comparing(CheckResult::at))
                .forEach(c -> byApplication.computeIfAbsent(c.application(), a -> new CheckResult[2])[c.kind().ordinal()] = c);
        List<ApplicationChecks> lines = new ArrayList<>();
        byApplication.forEach((application, latest) -> lines.add(new ApplicationChecks(application, latest[0], latest[1])));
        return lines;
    }
}
