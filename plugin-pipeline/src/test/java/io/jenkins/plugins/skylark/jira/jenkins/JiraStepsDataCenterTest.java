package io.jenkins.plugins.skylark.jira.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.jenkins.plugins.skylark.jira.JiraSimulator.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.jira.JiraSimulator;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Versions against a simulated JIRA Data Center (REST v2, personal access token). */
class JiraStepsDataCenterTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private final JiraPlatform platform = new JiraPlatform(false);
    private StepRunner build;

    @BeforeEach
    void platform() throws Exception {
        platform.start(jenkins, false, null);
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        var jira = platform.jira.server();
        // the project's versions as JIRA keeps them: 1.5.0 is listed once created
        jira.stubFor(get(urlEqualTo("/rest/api/2/project/SHOP/versions")).inScenario("versions")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(json(200, "versions.json")));
        jira.stubFor(post(urlEqualTo("/rest/api/2/version")).inScenario("versions")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("created")
                .willReturn(json(201, "created-version.json")));
        String withCreated = JiraSimulator.fixture("versions.json").strip();
        withCreated = withCreated.substring(0, withCreated.length() - 1) + ","
                + JiraSimulator.fixture("created-version.json") + "]";
        jira.stubFor(get(urlEqualTo("/rest/api/2/project/SHOP/versions")).inScenario("versions")
                .whenScenarioStateIs("created").willReturn(json(200, withCreated)));
        jira.stubFor(get(urlEqualTo("/rest/api/2/project/SHOP")).willReturn(json(200, "project.json")));
        jira.stubFor(put(urlEqualTo("/rest/api/2/issue/SHOP-1")).willReturn(aResponse().withStatus(204)));
        jira.stubFor(put(urlEqualTo("/rest/api/2/issue/SHOP-2")).willReturn(aResponse().withStatus(204)));
        jira.stubFor(put(urlEqualTo("/rest/api/2/version/10002")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withTransformers("response-template")
                .withBody("{\"id\":\"10002\",\"name\":\"1.5.0\",\"released\":true,"
                        + "\"releaseDate\":\"{{jsonPath request.body '$.releaseDate'}}\"}")));
    }

    @AfterEach
    void stopSimulator() {
        platform.close();
    }

    @Test
    void fixVersionIsCreatedOnceThenSetAndReleased() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    echo "fixed: ${jiraFixVersion(version: '1.5.0', keys: ['SHOP-1', 'SHOP-2'])}"
                    def released = jiraReleaseVersion(version: '1.5.0')
                    echo "released: ${released.project} ${released.version} ${released.id}"
                }
                """);

        assertThat(run.result()).as(log(run)).isEqualTo(BuildResult.SUCCESS);
        assertThat(log(run)).contains("Created version '1.5.0' in JIRA project SHOP", "fixed: [SHOP-1, SHOP-2]",
                "released: SHOP 1.5.0 10002").doesNotContain(JiraSimulator.PAT);
        var jira = platform.jira.server();
        jira.verify(1, postRequestedFor(urlEqualTo("/rest/api/2/version"))
                .withHeader("Authorization", equalTo("Bearer " + JiraSimulator.PAT)));
        jira.verify(putRequestedFor(urlEqualTo("/rest/api/2/issue/SHOP-2")).withRequestBody(
                equalToJson("{\"update\":{\"fixVersions\":[{\"add\":{\"name\":\"1.5.0\"}}]}}")));
        jira.verify(putRequestedFor(urlEqualTo("/rest/api/2/version/10002")).withRequestBody(
                equalToJson("{\"released\":true,\"releaseDate\":\"" + LocalDate.now() + "\"}")));
    }

    @Test
    void anExistingVersionIsNotCreatedAgainAndAReleasedOneIsLeftAlone() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    jiraFixVersion(version: '1.4.0', keys: ['SHOP-1'])
                    jiraReleaseVersion(version: '1.3.0', project: 'SHOP')
                }
                """);

        assertThat(run.result()).as(log(run)).isEqualTo(BuildResult.SUCCESS);
        assertThat(log(run)).contains("Version '1.3.0' of JIRA project SHOP was already released (2026-11-01)");
        platform.jira.server().verify(0, postRequestedFor(urlEqualTo("/rest/api/2/version")));
        platform.jira.server().verify(0, putRequestedFor(urlEqualTo("/rest/api/2/version/10000")));
    }

    @Test
    void releasingAVersionOfAnotherJiraProjectIsRefused() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    jiraReleaseVersion(version: '1.0', project: 'PAY')
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(log(run)).contains("Field 'project': PAY is not in a JIRA project of project 'shop'");
    }

    /** What the build log shows: the Jenkinsfile's lines and the steps' own. */
    private String log(PipelineRun run) throws java.io.IOException {
        return run.log() + build.log();
    }
}
