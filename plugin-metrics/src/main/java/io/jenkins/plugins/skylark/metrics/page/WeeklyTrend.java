package io.jenkins.plugins.skylark.metrics.page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.DurationStats;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.SeriesFigures;
import java.util.List;

/**
 * The week-by-week trend: for each ISO week of the period (the latest {@value #MAX_WEEKS} at most), the
 * figures a report of that week alone has, as the engine computes them (a deployment rolled back in a
 * later week counts as failed in the period's chart but not in its own week's row; a failure recovered
 * in a later week is open in its week).
 */
final class WeeklyTrend {

    /** Half a year: one engine run per week, all over one read of the period's rows. */
    static final int MAX_WEEKS = 26;

    private WeeklyTrend() {
    }

    /** The weeks of the trend, each cut to the days it shares with the period. */
    static List<ReportPeriod> weeks(ReportPeriod period) {
        return period.latestWeekParts(MAX_WEEKS);
    }

    /** One row per report of {@link #weeks}, in order. */
    static void write(ArrayNode trend, List<DoraReport> weeks) {
        for (DoraReport report : weeks) {
            ReportPeriod week = report.period();
            SeriesFigures f = report.total();
            trend.addObject().put("week", week.text()).put("start", week.start().toString())
                    .put("end", week.last().toString()).put("deployments", f.deployments())
                    .put("failedDeployments", f.failedDeployments()).put("changeFailRate", f.changeFailRate())
                    .put("leadTimeMedianSeconds", seconds(f.leadTime())).put("leadTimeSamples", f.leadTime().count())
                    .put("recoveryMedianSeconds", seconds(f.recoveryTime()));
        }
    }

    private static Long seconds(DurationStats stats) {
        return stats.median() == null ? null : stats.median().toSeconds();
    }
}
