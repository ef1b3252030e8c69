package io.jenkins.plugins.skylark.metrics.dora;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one series (or of a total), computed from {@link SeriesFacts}.
 *
 * @param deployments          deployments that served traffic
 * @param failedDeployments    of those, failed or later rolled back
 * @param rollbacks            rollback records
 * @param notServed            attempts that never served traffic (excluded from every figure)
 * @param deploymentsPerWeek   deployments ÷ period length in weeks
 * @param changeFailRate       failed ÷ deployments, {@code null} without deployments
 * @param leadTime             per-commit lead time statistics
 * @param leadTimeHistogram    per-commit lead time distribution
 * @param recoveryTime         failed-deployment recovery time statistics
 * @param openFailures         failures not recovered at the period's end
 * @param incidentRestoreTime  incident time-to-restore statistics
 * @param openIncidents        incidents not resolved at the period's end
 * @param weeks                deployments per ISO week, empty weeks included
 * @param levels               performance bands
 * @param rework               deployment rework rate (no performance band: see {@link Rework})
 */
public record SeriesFigures(
        int deployments, int failedDeployments, int rollbacks, int notServed,
        double deploymentsPerWeek, Double changeFailRate,
        DurationStats leadTime, LeadTimeHistogram leadTimeHistogram,
        DurationStats recoveryTime, int openFailures,
        DurationStats incidentRestoreTime, int openIncidents,
        List<WeekCount> weeks, PerformanceLevels levels, Rework rework) {

    public SeriesFigures {
        weeks = List.copyOf(weeks);
    }

    public static SeriesFigures of(SeriesFacts facts, Rework rework, ReportPeriod period,
            PerformanceThresholds thresholds) {
        int deployments = facts.deployments().size();
        int failed = (int) facts.deployments().stream().filter(CountedDeployment::failed).count();
        double perWeek = deployments / period.weeks();
        DurationStats lead = DurationStats.of(facts.leadTimes());
        DurationStats recovery = DurationStats.of(facts.recoveryTimes());
        PerformanceLevels levels = new PerformanceLevels(thresholds.frequency(perWeek),
                thresholds.leadTime(lead.median()), thresholds.recovery(recovery.median()));
        return new SeriesFigures(deployments, failed, facts.rollbacks(), facts.notServed(), perWeek,
                deployments == 0 ? null : (double) failed / deployments,
                lead, LeadTimeHistogram.of(facts.leadTimes()), recovery, facts.openFailures(),
                DurationStats.of(facts.incidentRestoreTimes()), facts.openIncidents(),
                weeks(facts, period), levels, rework);
    }

    private static List<WeekCount> weeks(SeriesFacts facts, ReportPeriod period) {
        Map<IsoWeek, int[]> counts = new LinkedHashMap<>();
        period.isoWeeks().forEach(w -> counts.put(w, new int[2]));
        for (CountedDeployment d : facts.deployments()) {
            int[] count = counts.get(period.weekOf(d.deployment().at()));
            count[0]++;
            count[1] += d.failed() ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new WeekCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
