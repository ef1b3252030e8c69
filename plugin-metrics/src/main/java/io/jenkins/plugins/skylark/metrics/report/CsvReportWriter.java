package io.jenkins.plugins.skylark.metrics.report;

import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.Series;
import io.jenkins.plugins.skylark.metrics.dora.SeriesFigures;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV row per series and a last {@code *} row with the pooled total (RFC 4180: comma,
 * CRLF, quotes doubled). New columns are only ever appended ({@code rework_*} last). Durations in hours with two decimals, rates as fractions. Text cells that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR) get a leading apostrophe.
 */
final class CsvReportWriter {

    static final List<String> HEADER = List.of("application", "environment", "period_start", "period_end",
            "time_zone", "deployments", "deployments_per_week", "failed_deployments", "change_fail_rate",
            "rollbacks", "not_served", "lead_time_samples", "lead_time_median_hours", "lead_time_p90_hours",
            "recoveries", "recovery_median_hours", "open_failures", "incident_restore_median_hours",
            "open_incidents", "level_deployment_frequency", "level_lead_time", "level_recovery",
            "rework_deployments", "rework_rate");

    String write(DoraReport report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Series s : report.series()) {
                printer.printRecord(row(report, s.application(), s.environment(), s.figures()));
            }
            printer.printRecord(row(report, MetricsScope.ALL, report.scope().environment(), report.total()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV report", e);
        }
        return out.toString();
    }

    private static List<String> row(DoraReport report, String application, String environment, SeriesFigures f) {
        List<String> cells = new ArrayList<>();
        cells.add(safeText(application));
        cells.add(safeText(environment));
        cells.add(report.period().start().toString());
        cells.add(report.period().last().toString());
        cells.add(report.period().zone().getId());
        cells.add(String.valueOf(f.deployments()));
        cells.add(ReportText.decimal(f.deploymentsPerWeek()));
        cells.add(String.valueOf(f.failedDeployments()));
        cells.add(rate(f.changeFailRate()));
        cells.add(String.valueOf(f.rollbacks()));
        cells.add(String.valueOf(f.notServed()));
        cells.add(String.valueOf(f.leadTime().count()));
        cells.add(hours(f.leadTime().median()));
        cells.add(hours(f.leadTime().p90()));
        cells.add(String.valueOf(f.recoveryTime().count()));
        cells.add(hours(f.recoveryTime().median()));
        cells.add(String.valueOf(f.openFailures()));
        cells.add(hours(f.incidentRestoreTime().median()));
        cells.add(String.valueOf(f.openIncidents()));
        cells.add(f.levels().deploymentFrequency().name());
        cells.add(f.levels().leadTime().name());
        cells.add(f.levels().recovery().name());
        cells.add(String.valueOf(f.rework().reworkDeployments()));
        cells.add(rate(f.rework().rate()));
        return cells;
    }

    /** A fraction with four decimals, empty for no data. */
    private static String rate(Double rate) {
        return rate == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", rate);
    }

    private static String hours(Duration d) {
        return d == null ? "" : ReportText.decimal(d.toSeconds() / 3600.0);
    }

    static String safeText(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
