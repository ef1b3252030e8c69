package io.jenkins.plugins.skylark.metrics.page;

import static io.jenkins.plugins.skylark.metrics.page.PageHistory.get;
import static io.jenkins.plugins.skylark.metrics.page.PageHistory.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who sees which project, on the root page and on a folder's page, for every endpoint. */
class PageTenancyTest {

    @RegisterExtension
    static final RecordedHistory HISTORY = new RecordedHistory();

    private static ApiEndpoint endpoint(String name, MetricsAccess access) {
        MetricsPage page = HISTORY.page();
        BiFunction<MetricsPage, MetricsAccess, ApiEndpoint> of = switch (name) {
            case "options" -> MetricsPage::options;
            case "report" -> MetricsPage::report;
            default -> MetricsPage::deployments;
        };
        return of.apply(page, access);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"options", "report", "deployments"})
    void shouldRefuseAProjectWithoutAReadableFolder(String name) {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail"), PageHistory.FOLDERS);

        ApiResponse response = get(endpoint(name, access), Locale.ENGLISH, "project", "bank");

        assertThat(response.status()).isEqualTo(403);
        assertThat(json(response).get("error").asText()).contains("'project'", "bank");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"options", "report", "deployments"})
    void shouldRefuseAFolderPageToWhoMayNotReadTheFolder(String name) {
        MetricsAccess access = MetricsAccess.folder(Viewers.reading("ann", "retail"), PageHistory.FOLDERS.get(2));

        ApiResponse response = get(endpoint(name, access), Locale.ENGLISH, "period", "nonsense");

        assertThat(response.status()).isEqualTo(403);
        assertThat(json(response).get("error").asText()).contains("bank");
    }

    @Test
    void shouldRefuseAnotherProjectOnAFolderPage() {
        MetricsAccess access = MetricsAccess.folder(Viewers.administrator(), PageHistory.FOLDERS.get(0));

        assertThat(get(endpoint("report", access), Locale.ENGLISH, "project", "bank").status()).isEqualTo(403);
        assertThat(get(endpoint("report", access), Locale.ENGLISH, "project", "retail").status()).isEqualTo(200);
    }

    @Test
    void shouldListOnTheRootOnlyTheVisibleProjectsAndTheirApplications() {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail/web"), PageHistory.FOLDERS);

        var options = json(get(endpoint("options", access), Locale.ENGLISH));

        assertThat(options.get("projects").toString()).isEqualTo("[\"retail\"]");
        assertThat(options.get("includesUnassigned").asBoolean()).isFalse();
        assertThat(options.get("applications").toString()).isEqualTo("[\"cart\",\"shop\"]");
    }

    @Test
    void shouldShowEventsWithoutAProjectToAdministratorsOnlyOnTheRoot() {
        MetricsAccess root = MetricsAccess.root(Viewers.administrator(), PageHistory.FOLDERS);
        MetricsAccess folder = MetricsAccess.folder(Viewers.administrator(), PageHistory.FOLDERS.get(0));

        assertThat(json(get(endpoint("options", root), Locale.ENGLISH)).get("applications").toString())
                .contains("legacy");
        assertThat(json(get(endpoint("options", folder), Locale.ENGLISH)).get("applications").toString())
                .doesNotContain("legacy");
    }

    @Test
    void shouldShowNothingToAViewerWithoutAnyReadableFolder() {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("bob"), PageHistory.FOLDERS);

        var report = json(get(endpoint("report", access), Locale.ENGLISH, "environment", "*", "period",
                PageHistory.PERIOD));

        assertThat(report.at("/total/deployments").asInt()).isZero();
        assertThat(report.get("series")).isEmpty();
    }
}
