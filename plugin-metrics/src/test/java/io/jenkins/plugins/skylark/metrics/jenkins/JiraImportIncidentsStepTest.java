package io.jenkins.plugins.skylark.metrics.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import hudson.AbortException;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.ApplicationConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ClusterConfig;
import io.jenkins.plugins.skylark.platform.jenkins.EnvironmentConfig;
import io.jenkins.plugins.skylark.platform.jenkins.JiraServerConfig;
import io.jenkins.plugins.skylark.platform.jenkins.NamespaceConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectServersConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.WorkloadConfig;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code jiraImportIncidents()} in a job of a folder bound to project "shop", against a simulated JIRA. */
class JiraImportIncidentsStepTest {
    private static final String PAT = "NjM4OTk1ODQ1MzI3-step-pat-s3cr3t";
    private static final String SEARCH = """
            {"startAt": 0, "maxResults": 50, "total": 1, "issues": [
              {"id": "30001", "key": "OPS-7", "fields": {"summary": "checkout returns 502",
                "issuetype": {"name": "Incident"},
                "status": {"name": "Open", "statusCategory": {"id": 2, "key": "new", "name": "To Do"}},
                "created": "2026-03-01T10:00:00.000+0800", "resolutiondate": null,
                "fixVersions": [], "issuelinks": []}}]}
            """;

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final WireMockServer jira = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void configure() throws Exception {
        jira.start();
        jira.stubFor(post(urlEqualTo("/rest/api/2/search")).withHeader("Authorization", equalTo("Bearer " + PAT))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(SEARCH)));
        SkylarkConfiguration.get().setPlatform(platform(jira.baseUrl()));
        jenkins.credentials().addToFolder("shop", new TestStringCredentials("ops-pat", PAT));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
    }

    @AfterEach
    void stop() {
        MetricsConfiguration.get().closeDatabase();
        jira.stop();
    }

    @Test
    void shouldImportTheFolderProjectsIncidentsWithTheFolderCredential() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/incidents"));

        Object result = build.run(new JiraImportIncidentsStep());

        assertThat(result).isEqualTo(Map.of("issues", 1, "recorded", 1, "known", 0, "unassigned", List.of()));
        assertThat(MetricsTestSupport.history("orders", "production").incidents()).singleElement()
                .satisfies(incident -> assertThat(incident.id()).isEqualTo("OPS-7"));
        assertThat(build.log()).contains("Incidents of project 'shop': 1 JIRA issues, 1 new events")
                .doesNotContain(PAT);
    }

    @Test
    void shouldRefuseAnotherProjectThanTheFolders() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/incidents"));
        JiraImportIncidentsStep step = new JiraImportIncidentsStep();
        step.setProject("blog");

        assertThatThrownBy(() -> build.run(step)).isInstanceOf(AbortException.class).hasMessageContaining("blog");
    }

    private static PlatformConfig platform(String jiraUrl) {
        ClusterConfig cluster = new ClusterConfig("east");
        cluster.setApiUrl("https://east.example.com:6443");
        cluster.setCredentialsId("east-token");
        PlatformConfig platform = new PlatformConfig();
        platform.setClusters(List.of(cluster));
        JiraServerConfig server = new JiraServerConfig("jira");
        server.setUrl(jiraUrl);
        server.setFlavor("data-center");
        server.setCredentialsId("server-pat");
        platform.setJiraServers(List.of(server));
        platform.setProjects(List.of(project("shop", true), project("blog", false)));
        platform.setEnvironments(List.of(environment("dev", "shop", 1), environment("production", "shop", 2),
                environment("dev", "blog", 1)));
        ApplicationConfig orders = new ApplicationConfig("orders", "shop");
        orders.setImageRepository("shop/orders");
        WorkloadConfig workload = new WorkloadConfig("Deployment", "orders");
        workload.setContainers("orders");
        orders.setWorkloads(List.of(workload));
        platform.setApplications(List.of(orders));
        return platform;
    }

    private static ProjectConfig project(String id, boolean incidents) {
        ProjectConfig project = new ProjectConfig(id);
        project.setNamespaces(List.of(new NamespaceConfig("east", id + "-dev"), new NamespaceConfig("east", id + "-prod")));
        if (incidents) {
            ProjectServersConfig servers = new ProjectServersConfig();
            servers.setJiraServerId("jira");
            servers.setJiraCredentialsId("ops-pat");
            servers.setIncidentJql("project = OPS AND issuetype = Incident");
            project.setServers(servers);
        }
        return project;
    }

    private static EnvironmentConfig environment(String id, String projectId, int order) {
        EnvironmentConfig environment = new EnvironmentConfig(id, projectId);
        environment.setClusterId("east");
        environment.setNamespace(projectId + (order == 1 ? "-dev" : "-prod"));
        environment.setOrder(order);
        return environment;
    }
}
