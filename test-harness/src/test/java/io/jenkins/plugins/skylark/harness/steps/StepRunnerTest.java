package io.jenkins.plugins.skylark.harness.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.MissingContextVariableException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StepRunnerTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldReturnTheStepResultAndWriteToTheConsole() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("team/app"));

        assertThat(build.run(new EchoStep("hello"))).isEqualTo("hello");
        assertThat(build.log()).contains("hello");
    }

    @Test
    void shouldServeTheBuildObjectsAStepAsksFor() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("team/app"));

        Object seen = build.run(new WithLabelStep("x", "y"), body -> body.get(Job.class).getFullName() + " "
                + body.get(Run.class).getNumber() + " "
                + (body.get(Launcher.class).getChannel() == body.get(FilePath.class).getChannel()));

        assertThat(seen).isEqualTo("team/app 1 true");
    }

    @Test
    void shouldWrapTheLauncherOfABlocksBodyInItsLauncherDecoratorLikeContainer() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("team/app"));

        Object inside = build.run(new ContainerStep("maven"), StepRunnerTest::containerSeenByAProcess);
        Object nested = build.run(new ContainerStep("outer"),
                body -> build.run(new ContainerStep("inner"), body, StepRunnerTest::containerSeenByAProcess));
        Object outside = build.run(new WithLabelStep("x", "y"), StepRunnerTest::containerSeenByAProcess);

        assertThat(inside).isEqualTo("container=maven");
        assertThat(nested).as("the inner block wraps the command inside the outer one").isEqualTo("container=inner");
        assertThat(outside).isEqualTo("container=");
    }

    private static String containerSeenByAProcess(StepContext body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = body.get(Launcher.class).launch().cmds("sh", "-c", "echo container=$SKYLARK_CONTAINER")
                .pwd(body.get(FilePath.class)).stdout(out).quiet(true).start().join();
        assertThat(exitCode).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void shouldTellRunListenersWhenTheBuildStartsAndEnds() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("team/app"));
        build.build().setResult(Result.UNSTABLE);

        build.finish(Result.SUCCESS);

        assertThat(ExtensionList.lookupSingleton(RecordingRunListener.class).events).containsExactly(
                "started team/app #1", "completed team/app #1 UNSTABLE", "finalized team/app #1");
    }

    @Test
    void shouldThrowTheExceptionTheStepFailedWith() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));

        assertThatThrownBy(() -> build.run(new EchoStep("fail")))
                .isInstanceOf(AbortException.class)
                .hasMessage("echo was told to fail");
    }

    @Test
    void shouldRefuseAStepWhoseRequiredContextIsMissing() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));

        assertThatThrownBy(() -> build.run(new NeedsIntegerStep()))
                .isInstanceOf(MissingContextVariableException.class);
    }

    @Test
    void shouldServeWhatABlockStepAddsOnlyInsideItsBody() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));

        Object seen = build.run(new WithLabelStep("colour", "blue"),
                body -> body.get(WithLabelStep.Label.class).value() + " " + body.get(EnvVars.class).get("LABEL_colour"));

        assertThat(seen).isEqualTo("blue blue");
        assertThat(build.run(new WithLabelStep("x", "y"), body -> body.get(EnvVars.class).get("LABEL_colour"))).isNull();
    }

    @Test
    void shouldMergeTheEnvironmentOfNestedBlocksAndServeTheInnermostContext() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        build.environment().put("BASE", "1");

        Object seen = build.run(new WithLabelStep("outer", "a"), outer -> build.run(new WithLabelStep("inner", "b"), outer,
                inner -> describe(inner)));

        assertThat(seen).isEqualTo("b 1 a b app");
    }

    @Test
    void shouldRunParallelBranchesConcurrentlyEachWithItsOwnContext() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        CyclicBarrier bothRunning = new CyclicBarrier(2);

        List<Object> results = build.parallel(
                branch -> build.run(new WithLabelStep("env", "dev"), branch, body -> meet(bothRunning, body)),
                branch -> build.run(new WithLabelStep("env", "prod"), branch, body -> meet(bothRunning, body)));

        assertThat(results).containsExactly("dev", "prod");
    }

    private static String describe(StepContext context) throws Exception {
        EnvVars env = context.get(EnvVars.class);
        return context.get(WithLabelStep.Label.class).value() + " " + env.get("BASE") + " " + env.get("LABEL_outer")
                + " " + env.get("LABEL_inner") + " " + env.get("JOB_NAME");
    }

    private static Object meet(CyclicBarrier barrier, StepContext body) throws Exception {
        barrier.await(1, TimeUnit.MINUTES); // only passes when both branches run at the same time
        return body.get(EnvVars.class).get("LABEL_env");
    }
}
