package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.approval.ApprovalStatus;
import io.jenkins.plugins.skylark.approval.jenkins.ApprovalEntry;
import io.jenkins.plugins.skylark.approval.jenkins.ApprovalsAction;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.InputDecision;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.pipeline.SharedLibrary;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.EnvironmentConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code platformApprove} from the library, with the real steps and the harness' input. */
class PlatformApproveTest {
    private static final Path LIBRARY = Path.of("").toAbsolutePath();
    private static final String SCRIPTED = """
            @Library('skylark') _
            withPlatform(project: 'shop', environment: 'staging') {
                def approval = platformApprove(message: 'Ship orders to staging?', timeout: '30m', attempts: 2)
                echo "approved by ${approval.approver}"
            }
            """;

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private StepRunner build;

    @BeforeEach
    void protectedStaging() throws Exception {
        PlatformConfig platform = DemoPlatform.of("https://127.0.0.1:1", null);
        for (EnvironmentConfig environment : platform.getEnvironments()) {
            if (environment.getId().equals("staging")) {
                environment.setProtectedEnvironment(true);
                environment.setApprovers("alice, release-managers");
            }
        }
        SkylarkConfiguration.get().setPlatform(platform);
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.CLUSTER_TOKEN_ID, "token"));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        jenkins.secure().grant("root", Jenkins.ADMINISTER);
        jenkins.users().user("alice").user("carol", "release-managers").user("root");
        build = jenkins.newBuild(jenkins.job("shop/orders"));
    }

    @Test
    void shouldWaitInTheInputAndRecordAGroupApprover() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("carol"), SCRIPTED);

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("Ship orders to staging?", "Approve or Abort", "Approved by carol",
                "approved by carol");
        assertThat(entry().getStatus()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void shouldExplainAProceedThatDoesNotCountAndAskAgain() throws Exception {
        // an administrator may proceed any input in Jenkins, but is not an approver of staging
        PipelineRun run = run(InputDecision.inOrder(InputDecision.approveAs("root"), InputDecision.approveAs("alice")),
                SCRIPTED);

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(build.log()).contains("root is not an approver of shop/staging (approvers: alice, release-managers).",
                "Deploys to shop/staging approved by alice.");
        assertThat(entry().getRefusals()).hasSize(1);
        assertThat(entry().getApprover()).isEqualTo("alice");
    }

    @Test
    void shouldFailClearlyAfterTheLastAttempt() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("root"), SCRIPTED);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("shop/staging: not approved after 2 attempts. root is not an approver of shop/staging");
        assertThat(entry().getStatus()).isEqualTo(ApprovalStatus.NOT_APPROVED);
    }

    @Test
    void shouldEndTheRequestUnapprovedOnAbortOrTimeout() throws Exception {
        PipelineRun aborted = run(InputDecision.abortAs("alice"), SCRIPTED);

        assertThat(aborted.result()).isEqualTo(BuildResult.ABORTED);
        assertThat(entry().getStatus()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(entry().getRefusals()).containsExactly(
                "No approval for shop/staging: the request ended without one (aborted, timed out or refused too often).");

        PipelineRun timedOut = run(InputDecision.noAnswer(), SCRIPTED);

        assertThat(timedOut.result()).isEqualTo(BuildResult.ABORTED);
        assertThat(timedOut.log()).contains("Timeout has been exceeded");
        assertThat(approvals().getEntries()).extracting(ApprovalEntry::getStatus)
                .containsOnly(ApprovalStatus.NOT_APPROVED);
        assertThat(approvals().approvedEnvironments()).isEmpty();
    }

    @Test
    void shouldWorkInADeclarativeStage() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("alice"), """
                @Library('skylark') _
                pipeline {
                    agent any
                    stages {
                        stage('Approve staging') {
                            steps {
                                withPlatform(project: 'shop', environment: 'staging') {
                                    platformApprove(message: 'Ship orders to staging?', timeout: '4h')
                                }
                            }
                        }
                    }
                }
                """);

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(approvals().approvedEnvironments()).containsExactly("shop/staging");
    }

    @Test
    void shouldNameABadTimeout() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("alice"), SCRIPTED.replace("'30m'", "'soon'"));

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("platformApprove: field 'timeout': 'soon' is not a duration such as 30m, 4h or 2d");
    }

    private PipelineRun run(InputDecision decision, String jenkinsfile) throws Exception {
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts)
                .library(SharedLibrary.at(LIBRARY)).inputs(decision);
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }

    private ApprovalsAction approvals() {
        return build.build().getAction(ApprovalsAction.class);
    }

    private ApprovalEntry entry() {
        List<ApprovalEntry> entries = approvals().getEntries();
        return entries.get(entries.size() - 1);
    }
}
