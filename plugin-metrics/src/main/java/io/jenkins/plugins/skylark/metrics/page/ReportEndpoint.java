package io.jenkins.plugins.skylark.metrics.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.skylark.metrics.report.JsonReportWriter;
import io.jenkins.plugins.skylark.metrics.store.PeriodReports;
import io.jenkins.plugins.skylark.metrics.store.ReportScope;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.time.Instant;

/**
 * The JSON report of the selection, exactly as {@code deliveryReport(format: 'json')} writes it
 * (schema {@code report-schema-v1.json}), with the optional {@code trend} the schema describes.
 */
final class ReportEndpoint implements ApiEndpoint {

    private final MetricsPage page;
    private final MetricsAccess access;

    ReportEndpoint(MetricsPage page, MetricsAccess access) {
        this.page = page;
        this.access = access;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        access.check(request.param("project"), request.locale());
        Instant now = page.now();
        PageQuery query = PageQuery.parse(request, page.defaultZone(), now);
        ReportScope scope = query.scope(access, request);
        // The period and the trend's weeks from one read of the period's rows.
        PeriodReports reports = page.reports().report(scope, query.period(), WeeklyTrend.weeks(query.period()));
        ObjectNode report = new JsonReportWriter().tree(reports.period(), now);
        WeeklyTrend.write(report.putArray("trend"), reports.parts());
        return ApiResponse.ok(report);
    }
}
