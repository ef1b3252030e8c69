package io.jenkins.plugins.skylark.metrics.page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.DurationStats;
import io.jenkins.plugins.skylark.metrics.dora.IsoWeek;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.SeriesFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The week-by-week trend: for each ISO week of the period (the latest {@value #MAX_WEEKS} at most), the
 * figures a report of that week alone has, as the engine computes them (a deployment rolled back in a
 * later week counts as failed in the period's chart but not in its own week's row; a failure recovered
 * in a later week is open in its week).
 */
final class WeeklyTrend {

    /** Half a year: one engine run per week. */
    static final int MAX_WEEKS = 26;

    private WeeklyTrend() {
    }

    /** The weeks of the trend, each cut to the days it shares with the period. */
    static List<ReportPeriod> weeks(ReportPeriod period) {
        List<IsoWeek> weeks = period.isoWeeks();
        return weeks.subList(Math.max(0, weeks.size() - MAX_WEEKS), weeks.size()).stream()
                .map(week -> within(period, week)).toList();
    }

    static void write(ArrayNode trend, ReportPeriod period, Function<ReportPeriod, DoraReport> reportOf) {
        for (ReportPeriod week : weeks(period)) {
            SeriesFigures f = reportOf.apply(week).total();
            trend.addObject().put("week", week.text()).put("start", week.start().toString())
                    .put("end", week.last().toString()).put("deployments", f.deployments())
                    .put("failedDeployments", f.failedDeployments()).put("changeFailRate", f.changeFailRate())
                    .put("leadTimeMedianSeconds", seconds(f.leadTime())).put("leadTimeSamples", f.leadTime().count())
                    .put("recoveryMedianSeconds", seconds(f.recoveryTime()));
        }
    }

    /** The week's days inside the period, named by the week's label. */
    static ReportPeriod within(ReportPeriod period, IsoWeek week) {
        LocalDate start = week.monday().isBefore(period.start()) ? period.start() : week.monday();
        LocalDate end = week.monday().plusWeeks(1);
        return new ReportPeriod(week.label(), start, end.isAfter(period.endExclusive()) ? period.endExclusive() : end,
                period.zone());
    }

    private static Long seconds(DurationStats stats) {
        return stats.median() == null ? null : stats.median().toSeconds();
    }
}
