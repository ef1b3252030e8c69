package io.jenkins.plugins.skylark.harness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The harness' {@code input} checks its submitter and records its approver as pipeline-input-step does. */
class InputDecisionTest {
    private static final String ASK = """
            def who = input(id: 'ask-1', message: 'Ship?', ok: 'Ship', submitter: 'alice,release-managers',
                    submitterParameter: 'approver')
            echo "who=${who}"
            """;

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private StepRunner build;

    @BeforeEach
    void secure() throws Exception {
        jenkins.secure().grant("root", Jenkins.ADMINISTER).grant("bob", Item.READ);
        jenkins.users().user("alice").user("carol", "release-managers").user("bob", "developers").user("root");
        build = jenkins.newBuild(jenkins.job("team/app"));
    }

    @Test
    void shouldLetANamedSubmitterProceedAndRecordThemOnTheBuild() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("ALICE"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("Ship?", "Ship or Abort", "Approved by ALICE", "who=ALICE");
        assertThat(approvers()).containsExactly("ALICE");
    }

    @Test
    void shouldLetAMemberOfASubmitterGroupProceed() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("carol"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(approvers()).containsExactly("carol");
    }

    @Test
    void shouldLetAnAdministratorProceedAsJenkinsDoes() throws Exception {
        assertThat(run(InputDecision.approveAs("root")).result()).isEqualTo(BuildResult.SUCCESS);
        assertThat(approvers()).containsExactly("root");
    }

    @Test
    void shouldRefuseAnyoneElseSoThatTheInputTimesOut() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("bob"));

        assertThat(run.result()).isEqualTo(BuildResult.ABORTED);
        assertThat(run.log()).contains("You need to be alice,release-managers to submit this.",
                "Timeout has been exceeded").doesNotContain("Approved by");
        assertThat(approvers()).isEmpty();
    }

    @Test
    void shouldRecordNothingWhenAbortedOrUnanswered() throws Exception {
        assertThat(run(InputDecision.abortAs("alice")).result()).isEqualTo(BuildResult.ABORTED);
        assertThat(run(InputDecision.noAnswer()).log()).contains("Timeout has been exceeded");
        assertThat(approvers()).isEmpty();
    }

    @Test
    void shouldAnswerSeveralInputsInOrder() throws Exception {
        PipelineRun run = run(InputDecision.inOrder(InputDecision.approveAs("carol"), InputDecision.approveAs("alice")),
                ASK + ASK.replace("ask-1", "ask-2").replace("who", "second"));

        assertThat(run.log()).contains("who=carol", "second=alice");
        assertThat(approvers()).containsExactly("carol", "alice");
    }

    private PipelineRun run(InputDecision decision) throws Exception {
        return run(decision, ASK);
    }

    private PipelineRun run(InputDecision decision, String jenkinsfile) throws Exception {
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts).inputs(decision);
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }

    private List<String> approvers() {
        return build.build().getActions(ApproverAction.class).stream().map(ApproverAction::getUserId).toList();
    }
}
