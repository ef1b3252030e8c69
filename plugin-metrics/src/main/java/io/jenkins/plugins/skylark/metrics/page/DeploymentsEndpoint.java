package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.metrics.dora.IsoWeek;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.store.DeploymentLink;
import io.jenkins.plugins.skylark.metrics.store.ReportScope;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.util.List;
import java.util.Optional;

/**
 * The deployment records behind a figure, newest first: the selection of {@link PageQuery}, optionally
 * narrowed to one ISO week of the period ({@code week=2026-W40}, a bar of the weekly chart), at most
 * {@code limit} ({@value #DEFAULT_LIMIT} by default, {@value #MAX_LIMIT} at most). Each names its
 * build, version and commits.
 */
final class DeploymentsEndpoint implements ApiEndpoint {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    /** The answer; {@code truncated} when more records exist than {@code limit}. */
    record Deployments(String period, List<DeploymentLink> deployments, int limit, boolean truncated) {
    }

    private final MetricsPage page;
    private final MetricsAccess access;

    DeploymentsEndpoint(MetricsPage page, MetricsAccess access) {
        this.page = page;
        this.access = access;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        access.check(request.param("project"), request.locale());
        PageQuery query = PageQuery.parse(request, page.defaultZone(), page.now());
        ReportPeriod period = week(request, query.period());
        int limit = limit(request);
        ReportScope scope = query.scope(access, request);
        List<DeploymentLink> found = page.reports().deployments(scope, period, limit + 1);
        return ApiResponse.ok(new Deployments(period.text(), found.subList(0, Math.min(limit, found.size())), limit,
                found.size() > limit));
    }

    private static ReportPeriod week(ApiRequest request, ReportPeriod period) {
        Optional<String> week = request.param("week").map(String::trim);
        if (week.isEmpty()) {
            return period;
        }
        return period.isoWeeks().stream().filter(w -> w.label().equals(week.get())).findFirst()
                .map(period::weekPart)
                .orElseThrow(() -> ApiException.badRequest(PageMessages.format(request.locale(), "week.invalid",
                        week.get(), period.isoWeeks().get(0).label(), lastWeek(period).label())));
    }

    private static IsoWeek lastWeek(ReportPeriod period) {
        List<IsoWeek> weeks = period.isoWeeks();
        return weeks.get(weeks.size() - 1);
    }

    private static int limit(ApiRequest request) {
        Optional<String> text = request.param("limit").map(String::trim);
        if (text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.get());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, with the rule
        }
        throw ApiException.badRequest(PageMessages.format(request.locale(), "limit.invalid", MAX_LIMIT, text.get()));
    }
}
