package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.metrics.store.ProjectReports;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The delivery metrics page's endpoints over the metrics store. One instance serves every viewer: the
 * {@link MetricsAccess} given per request says what that viewer may see.
 */
public final class MetricsPage {

    private final ProjectReports reports;
    private final ZoneId defaultZone;
    private final Clock clock;

    /**
     * @param reports     the store's reports
     * @param defaultZone the zone days and weeks are counted in when a request names none (the
     *                    configured report zone)
     * @param clock       for relative periods ({@code last-12-weeks}) and the generated-at stamp
     */
    public MetricsPage(ProjectReports reports, ZoneId defaultZone, Clock clock) {
        this.reports = reports;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    /** {@code GET options}: projects, applications, environments, periods, zones, defaults and texts. */
    public ApiEndpoint options(MetricsAccess access) {
        return new OptionsEndpoint(this, access);
    }

    /** {@code GET report}: the JSON report of the selection plus its week-by-week trend. */
    public ApiEndpoint report(MetricsAccess access) {
        return new ReportEndpoint(this, access);
    }

    /** {@code GET deployments}: the deployment records behind the selection's figures, newest first. */
    public ApiEndpoint deployments(MetricsAccess access) {
        return new DeploymentsEndpoint(this, access);
    }

    /** The page's name in the side panel and title. */
    public static String title(Locale locale) {
        return PageMessages.format(locale, "title");
    }

    ProjectReports reports() {
        return reports;
    }

    ZoneId defaultZone() {
        return defaultZone;
    }

    Instant now() {
        return clock.instant();
    }
}
