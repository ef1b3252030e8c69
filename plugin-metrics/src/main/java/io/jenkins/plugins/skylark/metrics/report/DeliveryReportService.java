package io.jenkins.plugins.skylark.metrics.report;

import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceThresholds;
import io.jenkins.plugins.skylark.metrics.dora.PeriodParser;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import java.util.List;

/**
 * The one entry point of the {@code deliveryReport} step: validates the request (every field before
 * any work, so nothing is half-written), computes the figures and renders them. The adapter writes
 * the returned files into the workspace.
 */
public final class DeliveryReportService {

    static final String BASE_NAME = "delivery-report";

    private final DoraEngine engine;

    public DeliveryReportService() {
        this(new DoraEngine(PerformanceThresholds.dora2024()));
    }

    public DeliveryReportService(DoraEngine engine) {
        this.engine = engine;
    }

    public List<ReportFile> render(DeliveryHistory history, ReportRequest request) {
        ReportFormat format = ReportFormat.parse(request.format(), request.locale());
        ReportPeriod period = new PeriodParser(request.zoneId(), request.now(), request.locale()).parse(request.period());
        DoraReport report = engine.compute(history, new MetricsScope(request.application(), request.environment()), period);
        return switch (format) {
            case JSON -> List.of(ReportFile.text(BASE_NAME + ".json", new JsonReportWriter().write(report, request.now())));
            case CSV -> List.of(ReportFile.text(BASE_NAME + ".csv", new CsvReportWriter().write(report)));
            case HTML -> new HtmlReportWriter(new ReportText(request.locale())).write(report, request.now(), BASE_NAME);
        };
    }
}
