package io.jenkins.plugins.skylark.harness.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A simulated controller restart: the program saved and loaded with River, executions resumed. */
class RunningStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    /** Says whether it is the callback the block was started with or the copy a restart read back. */
    static final class TellingCallback extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;
        private transient boolean original = true; // not final: a constant would be inlined

        @Override
        public void onSuccess(StepContext context, Object result) {
            context.onSuccess(result + (original ? " via the original callback" : " via the restored callback"));
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            context.onFailure(t);
        }
    }

    @Test
    void shouldFinishAStepThroughItsRestoredExecutionAfterOnResume() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        RunningStep waiting = build.start(new SignalStep("approval"));
        SignalStep.Execution before = (SignalStep.Execution) waiting.execution();

        waiting.restartController();
        SignalStep.signal("approval", "approved");

        SignalStep.Execution after = (SignalStep.Execution) waiting.execution();
        assertThat(after).isNotSameAs(before);
        assertThat(after.resumes).isEqualTo(1);
        assertThat(before.resumes).isZero();
        assertThat(waiting.await()).isEqualTo("approved");
    }

    @Test
    void shouldEndABlockThroughTheCallbackReadBackAfterTheRestart() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        CountDownLatch restarted = new CountDownLatch(1);
        HoldingStep block = new HoldingStep("state").block(new WithLabelStep.Label("kept"), new TellingCallback());

        RunningStep running = build.start(block, body -> {
            restarted.await(1, TimeUnit.MINUTES); // the body waits, as for an input, while the controller restarts
            return build.run(new HoldingStep("after restart"), body) + " " + body.get(WithLabelStep.Label.class).value();
        });
        running.restartController();
        restarted.countDown();

        assertThat(running.await()).isEqualTo("done kept via the restored callback");
    }

    @Test
    void shouldFailASynchronousNonBlockingStepOnResumeAsPipelineDoes() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        RunningStep running = build.start(new LatchStep("busy"));

        running.restartController();

        assertThatThrownBy(running::await)
                .hasMessage("Resume after a restart not supported for non-blocking synchronous steps");
        LatchStep.release("busy");
    }

    @Test
    void shouldLeaveCompletedStepsOutOfTheSavedProgram() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        List<Object> state = new ArrayList<>();
        build.run(new HoldingStep(state).block(null, null), body -> "body");
        RunningStep waiting = build.start(new SignalStep("later"));
        state.add(new Object()); // the block completed: Pipeline no longer saves what its execution held

        waiting.restartController();
        SignalStep.signal("later", "fine");

        assertThat(waiting.await()).isEqualTo("fine");
    }

    @Test
    void shouldFailTheRestartWhenAWaitingExecutionCannotBeSaved() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        List<Object> state = new ArrayList<>();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RunningStep block = build.start(new HoldingStep(state).block(null, null), body -> {
            entered.countDown();
            release.await(1, TimeUnit.MINUTES);
            return "body";
        });
        entered.await(1, TimeUnit.MINUTES);
        state.add(new Object()); // changed after the last step boundary (the body's start)

        assertThatThrownBy(block::restartController)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Jenkins could not resume this build after a restart")
                .hasMessageContaining("the execution of testHolding")
                .hasMessageContaining("NotSerializableException: java.lang.Object");
        release.countDown();
        assertThat(block.await()).isEqualTo("body");
    }
}
