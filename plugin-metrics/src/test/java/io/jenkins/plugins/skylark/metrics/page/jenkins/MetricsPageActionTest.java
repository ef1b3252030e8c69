package io.jenkins.plugins.skylark.metrics.page.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.Action;
import hudson.model.Item;
import hudson.security.ACLContext;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.HarnessFolder;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.metrics.jenkins.MetricsConfiguration;
import io.jenkins.plugins.skylark.metrics.page.MetricsAccess;
import io.jenkins.plugins.skylark.metrics.page.MetricsPage;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page's actions in a secured Jenkins: the root page and the folder pages answer as the current user,
 * who sees only the projects of the folders they may read. Each call is what the action's {@code doXxx}
 * hands to {@code StaplerApi.serve} (the harness runs no servlet container, and Stapler's request type
 * cannot be stood in for without json-lib's dependencies).
 */
class MetricsPageActionTest {

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private HarnessFolder retail;
    private HarnessFolder bank;

    @BeforeEach
    void bindFoldersAndRecord() throws Exception {
        retail = jenkins.folder("retail");
        retail.addProperty(new PlatformProjectProperty("retail"));
        bank = jenkins.folder("bank");
        bank.addProperty(new PlatformProjectProperty("bank"));
        jenkins.folder("tools");
        DeliveryRecorder recorder = new DeliveryRecorder(MetricsConfiguration.get().database());
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        for (String[] app : List.of(new String[] {"retail", "shop"}, new String[] {"bank", "ledger"})) {
            recorder.record(new DeliveryEvent(app[1] + "-1", DeliveryEventType.DEPLOYED, app[0], app[1], "production",
                    yesterday, "registry.example/" + app[1] + ":1", null, "https://ci.example/job/" + app[1] + "/1/",
                    Map.of()), List.of());
        }
        jenkins.secure().grantOn("retail", "alice", Item.READ)
                .grant("root", Jenkins.ADMINISTER);
    }

    private static ApiResponse get(MetricsPageAction page, BiFunction<MetricsPage, MetricsAccess, ApiEndpoint> endpoint,
            String... nameValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        return ApiEndpoint.answer(page.endpoint(endpoint), ApiRequest.get(params, Locale.ENGLISH), false);
    }

    private static JsonNode json(ApiResponse answer) throws Exception {
        return Json.MAPPER.readTree(answer.json());
    }

    private static FolderMetricsAction pageOf(HarnessFolder folder) {
        Collection<? extends Action> actions = new FolderMetricsAction.Factory().createFor(folder);
        assertThat(actions).hasSize(1);
        return (FolderMetricsAction) actions.iterator().next();
    }

    @Test
    void shouldShowOnTheRootOnlyTheProjectsOfFoldersTheUserMayRead() throws Exception {
        MetricsRootAction root = new MetricsRootAction();
        try (ACLContext ignored = jenkins.actAs("alice")) {
            JsonNode options = json(get(root, MetricsPage::options));
            JsonNode report = json(get(root, MetricsPage::report, "period", "last-7-days"));
            ApiResponse forbidden = get(root, MetricsPage::report, "project", "bank");

            assertThat(options.get("projects").toString()).isEqualTo("[\"retail\"]");
            assertThat(report.get("series").findValuesAsText("application")).containsExactly("shop");
            assertThat(report.at("/total/deployments").asInt()).isEqualTo(1);
            assertThat(forbidden.status()).isEqualTo(403);
        }
    }

    @Test
    void shouldRefuseAFolderPageToWhoMayNotReadTheFolder() throws Exception {
        try (ACLContext ignored = jenkins.actAs("alice")) {
            ApiResponse refused = get(pageOf(bank), MetricsPage::report);
            ApiResponse allowed = get(pageOf(retail), MetricsPage::deployments, "period", "last-7-days");

            assertThat(refused.status()).isEqualTo(403);
            assertThat(json(refused).get("error").asText()).contains("bank");
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(json(allowed).findValuesAsText("buildUrl")).containsExactly("https://ci.example/job/shop/1/");
        }
    }

    @Test
    void shouldGiveAnAdministratorEveryProject() throws Exception {
        try (ACLContext ignored = jenkins.actAs("root")) {
            JsonNode options = json(get(new MetricsRootAction(), MetricsPage::options));

            assertThat(options.get("projects").toString()).isEqualTo("[\"bank\",\"retail\"]");
            assertThat(options.get("includesUnassigned").asBoolean()).isTrue();
        }
    }

    @Test
    void shouldAddThePageToBoundFoldersOnlyAtTheirUrl() {
        assertThat(new FolderMetricsAction.Factory().createFor(jenkins.folder("tools"))).isEmpty();
        assertThat(pageOf(jenkins.folder("retail")).getApiPath()).isEqualTo("job/retail/skylark-metrics");
        assertThat(new MetricsRootAction().getApiPath()).isEqualTo("skylark-metrics");
        assertThat(new MetricsRootAction().getUrlName()).isEqualTo(MetricsPageAction.URL_NAME);
    }
}
