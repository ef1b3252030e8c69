package io.jenkins.plugins.skylark.metrics.page.jenkins;

import hudson.model.Action;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceThresholds;
import io.jenkins.plugins.skylark.metrics.jenkins.MetricsConfiguration;
import io.jenkins.plugins.skylark.metrics.page.MetricsAccess;
import io.jenkins.plugins.skylark.metrics.page.MetricsPage;
import io.jenkins.plugins.skylark.metrics.store.ProjectReports;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.jenkins.StaplerApi;
import java.io.IOException;
import java.time.Clock;
import java.util.function.BiFunction;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The metrics page ({@code index.jelly}) and its JSON endpoints, all GET:
 * {@code options}, {@code report} (the API for dashboards) and {@code deployments}. Who sees what is
 * the core's {@link MetricsAccess}, built per request for the current user.
 */
public abstract class MetricsPageAction implements Action {

    public static final String URL_NAME = "skylark-metrics";

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return MetricsPage.title(ViewerLocale.get());
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** This page's path below the root URL (no leading slash), where the script finds the endpoints. */
    public abstract String getApiPath();

    /** What the current user may see on this page. */
    abstract MetricsAccess access();

    public void doOptions(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        serve(request, response, MetricsPage::options);
    }

    public void doReport(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        serve(request, response, MetricsPage::report);
    }

    public void doDeployments(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        serve(request, response, MetricsPage::deployments);
    }

    private void serve(StaplerRequest2 request, StaplerResponse2 response,
            BiFunction<MetricsPage, MetricsAccess, ApiEndpoint> endpoint) throws IOException {
        StaplerApi.serve(request, response, endpoint(endpoint), false);
    }

    /** One endpoint for the current user, over the configured metrics store. */
    ApiEndpoint endpoint(BiFunction<MetricsPage, MetricsAccess, ApiEndpoint> endpoint) {
        return endpoint.apply(page(), access());
    }

    private static MetricsPage page() {
        MetricsConfiguration configuration = MetricsConfiguration.get();
        return new MetricsPage(new ProjectReports(configuration.database(),
                new DoraEngine(PerformanceThresholds.dora2024())), configuration.zone(), Clock.systemUTC());
    }
}
