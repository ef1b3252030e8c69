package io.jenkins.plugins.skylark.metrics.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.jira.jenkins.JiraLogins;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import io.jenkins.plugins.skylark.metrics.incidents.IncidentImport;
import io.jenkins.plugins.skylark.metrics.store.DatabaseSettings;
import io.jenkins.plugins.skylark.metrics.store.DeliveryStore;
import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.ProjectServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import against a simulated JIRA Data Center (REST 2 search, Bearer token), as the adapter runs it. */
class IncidentImportingTest {

    private static final String PAT = "NjM4OTk1ODQ1MzI3-incident-pat-s3cr3t";
    /** The shape of {@code POST /rest/api/2/search} (Atlassian's REST reference), one incident resolved. */
    private static final String SEARCH = """
            {"expand": "schema,names", "startAt": 0, "maxResults": 50, "total": 2, "issues": [
              {"id": "30001", "key": "OPS-7", "fields": {"summary": "[orders] checkout returns 502",
                "issuetype": {"name": "Incident"},
                "status": {"name": "Resolved", "statusCategory": {"id": 3, "key": "done", "name": "Done"}},
                "created": "2026-03-01T10:00:00.000+0800", "resolutiondate": "2026-03-01T12:30:00.000+0800",
                "fixVersions": [{"name": "2.4.1"}],
                "issuelinks": [{"type": {"name": "Relates"}, "outwardIssue": {"key": "SHOP-12"}}]}},
              {"id": "30002", "key": "OPS-8", "fields": {"summary": "Everything is slow",
                "issuetype": {"name": "Incident"},
                "status": {"name": "Open", "statusCategory": {"id": 2, "key": "new", "name": "To Do"}},
                "created": "2026-03-02T10:00:00.000+0800", "resolutiondate": null,
                "fixVersions": [], "issuelinks": []}}]}
            """;

    @TempDir
    Path home;

    private final WireMockServer jira = new WireMockServer(wireMockConfig().dynamicPort());
    private final List<String> log = new ArrayList<>();
    private MetricsDatabase database;

    @BeforeEach
    void start() {
        jira.start();
        database = MetricsDatabase.open(DatabaseSettings.embedded(home));
    }

    @AfterEach
    void stop() {
        database.close();
        jira.stop();
    }

    @Test
    void shouldImportTheIncidentsOfEveryConfiguredProjectWithTheProjectsToken() throws Exception {
        jira.stubFor(post(urlEqualTo("/rest/api/2/search")).withHeader("Authorization", equalTo("Bearer " + PAT))
                .willReturn(json(200, SEARCH)));

        List<IncidentImport.ImportResult> results = importing().importAll(model(), log::add);

        jira.verify(postRequestedFor(urlEqualTo("/rest/api/2/search"))
                .withRequestBody(equalToJson("{\"jql\": \"project = OPS AND issuetype = Incident\"}", true, true)));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.recorded()).isEqualTo(2);
            assertThat(r.unassigned()).containsExactly("OPS-8");
        });
        assertThat(new DeliveryStore(database).history("orders", "production", Instant.parse("2100-01-01T00:00:00Z"))
                .incidents()).containsExactly(new Incident("OPS-7", "orders", "production",
                        Instant.parse("2026-03-01T02:00:00Z"), Instant.parse("2026-03-01T04:30:00Z")));
        assertThat(log).singleElement().asString().contains("'shop'", "2 JIRA issues", "2 new events", "OPS-8");
        assertThat(String.join("\n", log)).doesNotContain(PAT);

        importing().importAll(model(), log::add);
        assertThat(log.get(1)).contains("0 new events, 2 already recorded");
    }

    @Test
    void shouldLogAJiraRefusalWithoutTheTokenAndRecordNothing() throws Exception {
        jira.stubFor(post(urlEqualTo("/rest/api/2/search")).willReturn(json(401,
                "{\"errorMessages\": [\"You are not authenticated. Authentication required to perform this operation.\"],"
                        + " \"errors\": {}}")));

        assertThat(importing().importAll(model(), log::add)).isEmpty();

        assertThat(log).singleElement().asString().contains("Incident import of project 'shop' failed", "401")
                .doesNotContain(PAT);
        assertThat(new DeliveryStore(database).history("orders", "production", Instant.parse("2100-01-01T00:00:00Z"))
                .incidents()).isEmpty();
    }

    @Test
    void shouldSearchJiraCloudWithTheEmailAndApiToken() throws Exception {
        String cloudSearch = "{\"issues\": [], \"isLast\": true}";
        String basic = "Basic " + Base64.getEncoder().encodeToString(("ci@acme.example:" + PAT).getBytes(StandardCharsets.UTF_8));
        jira.stubFor(post(urlEqualTo("/rest/api/3/search/jql")).withHeader("Authorization", equalTo(basic))
                .willReturn(json(200, cloudSearch)));
        IncidentImporting cloud = new IncidentImporting(database, new JiraLogins.CredentialLookup() {
            @Override
            public <C extends IdCredentials> C find(String id, Class<C> type, String purpose) {
                return type.cast(new TestUsernamePasswordCredentials(id, "ci@acme.example", PAT));
            }
        });

        assertThat(cloud.importAll(model(JiraFlavor.CLOUD), log::add)).singleElement()
                .satisfies(r -> assertThat(r.issues()).isZero());
        jira.verify(postRequestedFor(urlEqualTo("/rest/api/3/search/jql")));
    }

    private IncidentImporting importing() {
        return new IncidentImporting(database, new JiraLogins.CredentialLookup() {
            @Override
            public <C extends IdCredentials> C find(String id, Class<C> type, String purpose) throws IOException {
                assertThat(id).isEqualTo("ops-pat");
                return type.cast(new TestStringCredentials(id, PAT));
            }
        });
    }

    private PlatformModel model() {
        return model(JiraFlavor.DATA_CENTER);
    }

    private PlatformModel model(JiraFlavor flavor) {
        Project shop = new Project("shop", "Shop", null, List.of(), null, null,
                new ProjectServers(null, null, "jira", "ops-pat", List.of("SHOP"), "project = OPS AND issuetype = Incident",
                        null));
        return new PlatformModel(List.of(), List.of(), List.of(shop),
                List.of(new Environment("production", "shop", "k8s", "shop-prod", 20, false, List.of(), null),
                        new Environment("dev", "shop", "k8s", "shop-dev", 10, false, List.of(), null)),
                List.of(new Application("orders", "shop", List.of(), null, null),
                        new Application("cart", "shop", List.of(), null, null)),
                null, null, null, null, List.of(new JiraServer("jira", jira.baseUrl(), flavor, "server-pat")));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
    }
}
