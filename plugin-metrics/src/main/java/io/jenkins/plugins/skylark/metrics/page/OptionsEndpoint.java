package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.store.ReportScope;
import io.jenkins.plugins.skylark.metrics.store.ScopeOptions;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the selectors offer: the visible projects, the applications and environments that have data in
 * them (of one project when {@code project} is given), period presets, zones, the defaults, and the
 * page's texts in the request's language.
 */
final class OptionsEndpoint implements ApiEndpoint {

    static final List<String> PERIODS = List.of("last-4-weeks", "last-12-weeks", "last-26-weeks", "last-52-weeks",
            "last-30-days", "last-90-days");
    /** Offered besides the configured zone and the browser's own (the script adds it); any IANA zone is accepted. */
    static final List<String> ZONES = List.of("UTC", "Asia/Shanghai", "Asia/Tokyo", "Asia/Kolkata", "Europe/London",
            "Europe/Berlin", "America/New_York", "America/Los_Angeles");

    /** The answer. */
    record Options(String folder, List<String> projects, boolean includesUnassigned, List<String> applications,
            List<String> environments, List<String> periods, List<String> zones, Defaults defaults,
            Map<String, String> messages) {
    }

    /** The first selection of the page. */
    record Defaults(String application, String environment, String period, String zone) {
    }

    private final MetricsPage page;
    private final MetricsAccess access;

    OptionsEndpoint(MetricsPage page, MetricsAccess access) {
        this.page = page;
        this.access = access;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        access.check(request.param("project"), request.locale());
        ReportScope scope = access.scope(request.param("project"), MetricsScope.ALL, MetricsScope.ALL,
                request.locale());
        ScopeOptions choices = page.reports().options(scope);
        String environment = choices.environments().contains(MetricsScope.DEFAULT_ENVIRONMENT)
                ? MetricsScope.DEFAULT_ENVIRONMENT : MetricsScope.ALL;
        return ApiResponse.ok(new Options(access.folderName(), new ArrayList<>(access.projects()),
                access.includesUnassigned(), choices.applications(), choices.environments(), PERIODS,
                zones(page.defaultZone()),
                new Defaults(MetricsScope.ALL, environment, PageQuery.DEFAULT_PERIOD, page.defaultZone().getId()),
                PageMessages.patterns(request.locale())));
    }

    private static List<String> zones(ZoneId defaultZone) {
        Set<String> zones = new LinkedHashSet<>();
        zones.add(defaultZone.getId());
        zones.addAll(ZONES);
        return List.copyOf(zones);
    }
}
