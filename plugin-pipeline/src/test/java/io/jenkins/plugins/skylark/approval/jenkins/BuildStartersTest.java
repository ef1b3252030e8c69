package io.jenkins.plugins.skylark.approval.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.model.CauseAction;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildStartersTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldNameEveryUserWhoStartedTheBuildAndNoOtherCause() throws Exception {
        WorkflowRun run = jenkins.newBuild(jenkins.job("shop/orders")).build();
        assertThat(BuildStarters.of(run)).as("started by a timer or SCM: no user").isEmpty();

        run.addAction(new CauseAction(new Cause.UserIdCause("alice"), new Timer(), new Cause.UserIdCause(null),
                new Cause.UserIdCause("bob")));

        assertThat(BuildStarters.of(run)).containsExactly("alice", "bob");
    }

    private static final class Timer extends Cause {
        @Override
        public String getShortDescription() {
            return "Started by timer";
        }
    }
}
