package io.jenkins.plugins.skylark.metrics.report;

import io.jenkins.plugins.skylark.metrics.dora.LeadTimeHistogram;
import io.jenkins.plugins.skylark.metrics.dora.SeriesFigures;
import io.jenkins.plugins.skylark.metrics.dora.WeekCount;
import java.util.List;

/** The two charts of the HTML report, as inline SVG. */
final class ReportCharts {

    static final String SUCCEEDED_FILL = "#2f6fb0";
    static final String FAILED_FILL = "#c8553d";
    static final String LEAD_TIME_FILL = "#3f8f6b";

    private final ReportText text;

    ReportCharts(ReportText text) {
        this.text = text;
    }

    /** Deployments per ISO week, stacked: succeeded below, failed or rolled back on top. */
    String weekly(SeriesFigures figures) {
        List<BarChart.Column> columns = figures.weeks().stream().map(this::weekColumn).toList();
        return BarChart.draw("chart-weekly", text.get("chart.weekly"), columns,
                List.of(new BarChart.Legend(text.get("chart.weekly.succeeded"), SUCCEEDED_FILL),
                        new BarChart.Legend(text.get("chart.weekly.failed"), FAILED_FILL)),
                text.get("chart.weekly.empty"));
    }

    private BarChart.Column weekColumn(WeekCount week) {
        String label = week.week().label();
        return new BarChart.Column(label.substring(5), label + ": " + week.deployments() + " / " + week.failed(),
                List.of(new BarChart.Segment(week.deployments() - week.failed(), "bar-succeeded", SUCCEEDED_FILL),
                        new BarChart.Segment(week.failed(), "bar-failed", FAILED_FILL)));
    }

    /** Per-commit lead times counted into the bins of {@link LeadTimeHistogram}. */
    String leadTime(SeriesFigures figures) {
        List<BarChart.Column> columns = figures.leadTimeHistogram().bins().stream().map(this::binColumn).toList();
        return BarChart.draw("chart-lead-time", text.get("chart.leadTime"), columns,
                List.of(new BarChart.Legend(text.get("chart.leadTime.axis"), LEAD_TIME_FILL)),
                text.get("chart.leadTime.empty"));
    }

    private BarChart.Column binColumn(LeadTimeHistogram.Bin bin) {
        String label = text.get("bin." + bin.key());
        return new BarChart.Column(label, label + ": " + bin.count(),
                List.of(new BarChart.Segment(bin.count(), "bar-lead-time", LEAD_TIME_FILL)));
    }
}
