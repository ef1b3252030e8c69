package io.jenkins.plugins.skylark.deploy.release.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine's holderAlive: a release's build URL mapped to a build of this Jenkins still running. */
class RunningBuildsTest {
    private static final String ROOT = "https://ci.example/";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldSayWhetherTheBuildOfThisJenkinsStillRuns() throws Exception {
        WorkflowJob job = jenkins.job("shop/orders");
        StepRunner first = jenkins.newBuild(job);
        StepRunner second = jenkins.newBuild(job);
        String own = ROOT + "job/shop/job/other/1/";

        assertThat(RunningBuilds.isRunning(ROOT + "job/shop/job/orders/1/", own)).isTrue();
        first.finish(Result.ABORTED);
        assertThat(RunningBuilds.isRunning(ROOT + "job/shop/job/orders/1/", own)).as("ended").isFalse();
        assertThat(RunningBuilds.isRunning(ROOT + "job/shop/job/orders/" + second.build().getNumber() + "/", own))
                .isTrue();
        assertThat(RunningBuilds.isRunning(ROOT + "job/shop/job/orders/99/", own)).as("no such build").isFalse();
        assertThat(RunningBuilds.isRunning(ROOT + "job/shop/job/gone/1/", own)).as("no such job").isFalse();
    }

    @Test
    void shouldDecodeJobNamesOfTheUrl() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders service"));
        String holder = ROOT + "job/shop/job/orders%20service/" + build.build().getNumber() + "/";

        assertThat(RunningBuilds.isRunning(holder, ROOT + "job/x/1/")).isTrue();
        build.finish(Result.SUCCESS);
        assertThat(RunningBuilds.isRunning(holder, ROOT + "job/x/1/")).isFalse();
    }

    @Test
    void shouldCountABuildItCannotJudgeAsRunning() {
        String own = ROOT + "job/shop/job/orders/3/";

        assertThat(RunningBuilds.isRunning("https://other-ci.example/job/shop/job/orders/1/", own))
                .as("another Jenkins").isTrue();
        assertThat(RunningBuilds.isRunning(ROOT + "view/all/", own)).as("not a build URL").isTrue();
        assertThat(RunningBuilds.isRunning(own, own)).as("this build").isTrue();
        assertThat(RunningBuilds.isRunning(null, own)).isTrue();
        assertThat(new Holders(java.util.Map.of("a", false)).test("b")).as("not asked about").isTrue();
        assertThat(new Holders(java.util.Map.of("a", false)).test("a")).isFalse();
    }
}
