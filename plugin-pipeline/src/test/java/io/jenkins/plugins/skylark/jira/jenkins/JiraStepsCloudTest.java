package io.jenkins.plugins.skylark.jira.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.jenkins.plugins.skylark.jira.JiraSimulator.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.jira.JiraSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The JIRA steps against a simulated JIRA Cloud, as Jenkinsfiles. */
class JiraStepsCloudTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private final JiraPlatform platform = new JiraPlatform(true);
    private StepRunner build;
    private List<RevCommit> commits;

    @BeforeEach
    void platformAndRepository() throws Exception {
        platform.start(jenkins, true, "Done");
        platform.acceptUpdates();
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        commits = JiraPlatform.repository(Path.of(build.workspace().getRemote()),
                "SHOP-1 checkout page", "SHOP-2 cart total; see PAY-9", "Merge SHOP-3 and shop-4 (UTF-8)");
    }

    @AfterEach
    void stopSimulator() {
        platform.close();
    }

    @Test
    void keysComeFromTheBranchAndTheCommitsSinceThePreviousSuccessfulBuild() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                node {
                    withPlatform(project: 'shop') {
                        def keys = jiraKeys()
                        echo "keys: ${keys}"
                        def commented = jiraComment(text: 'Built in CI')
                        echo "commented: ${commented}"
                    }
                }
                """, "GIT_PREVIOUS_SUCCESSFUL_COMMIT", commits.get(0).getName(), "BRANCH_NAME", "feature/shop-5-search");

        assertThat(run.result()).as(log(run)).isEqualTo(BuildResult.SUCCESS);
        assertThat(log(run)).contains("keys: [SHOP-5, SHOP-2, SHOP-3]", "commented: [SHOP-5, SHOP-2, SHOP-3]");
        assertThat(platform.comments("SHOP-1")).isEmpty();
        assertThat(platform.commentText(platform.comments("SHOP-2").get(0))).isEqualTo("Built in CI");
        String basic = Base64.getEncoder().encodeToString((JiraSimulator.EMAIL + ":" + JiraSimulator.API_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(platform.comments("SHOP-3").get(0).getHeader("Authorization")).isEqualTo("Basic " + basic);
        assertThat(log(run)).doesNotContain(JiraSimulator.API_TOKEN).doesNotContain(basic);
    }

    @Test
    void withoutAPreviousBuildOnlyHeadCounts() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                node {
                    withPlatform(project: 'shop') {
                        echo "keys: ${jiraKeys()}"
                    }
                }
                """);

        assertThat(log(run)).contains("keys: [SHOP-3]");
    }

    @Test
    void deploymentScopeStartsAfterThePreviousDeployment() throws Exception {
        FixedPreviousDeployments.install(commits.get(1).getName());

        PipelineRun run = JiraPlatform.run(build, artifacts, """
                node {
                    withPlatform(project: 'shop') {
                        echo "prod: ${jiraKeys(environment: 'prod', application: 'web')}"
                        echo "dev: ${jiraKeys(environment: 'dev')}"
                    }
                }
                """);

        assertThat(log(run)).contains("prod: [SHOP-3]", "dev: [SHOP-3]"); // dev: first deployment, HEAD only
    }

    @Test
    void transitionsByNameIgnoringCase() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    echo "moved: ${jiraTransition(transition: 'done', keys: ['SHOP-1', 'SHOP-2'])}"
                }
                """);

        assertThat(log(run)).contains("moved: [SHOP-1, SHOP-2]", "Transitioned SHOP-1: Done");
        assertThat(platform.transitionsRun("SHOP-2").get(0).getBodyAsString()).contains("\"id\":\"31\"");
    }

    @Test
    void aTransitionTheIssueDoesNotOfferFailsNamingTheOnesItDoes() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    jiraTransition(transition: 'Deployed', keys: ['SHOP-1'])
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(log(run)).contains("SHOP-1 has no transition 'Deployed' now; available: 'To Do', 'In Progress', "
                + "'Done'", "jiraTransition failed for 1 of 1 issue(s): SHOP-1");
        assertThat(platform.transitionsRun("SHOP-1")).isEmpty();
    }

    @Test
    void unauthorisedFailsClearlyWithoutTheToken() throws Exception {
        platform.jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-1/comment")).willReturn(json(401,
                "{\"errorMessages\":[\"You are not authenticated. Authentication required to perform this operation.\"],"
                        + "\"errors\":{}}")));

        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    jiraComment(text: 'hello', keys: ['SHOP-1', 'SHOP-2'])
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(log(run)).contains("adding a comment to SHOP-1 failed: HTTP 401", "check the credentials",
                "Commented on SHOP-2", "jiraComment failed for 1 of 2 issue(s): SHOP-1")
                .doesNotContain(JiraSimulator.API_TOKEN);
    }

    @Test
    void issuesOfOtherJiraProjectsAreRefused() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    jiraComment(text: 'hello', keys: ['SHOP-1', 'PAY-9'])
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(log(run)).contains("Field 'keys': PAY-9 is not in a JIRA project of project 'shop' "
                + "(its JIRA projects: SHOP)");
        assertThat(platform.allPosts()).isEmpty();
    }

    @Test
    void anEmptyTextIsNamed() throws Exception {
        PipelineRun run = JiraPlatform.run(build, artifacts, """
                withPlatform(project: 'shop') {
                    jiraComment(text: '  ', keys: ['SHOP-1'])
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(log(run)).contains("jiraComment: the field 'text' is required and must not be blank");
    }

    /** What the build log shows: the Jenkinsfile's lines and the steps' own. */
    private String log(PipelineRun run) throws java.io.IOException {
        return run.log() + build.log();
    }
}
