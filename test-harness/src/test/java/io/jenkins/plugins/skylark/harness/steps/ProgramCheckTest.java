package io.jenkins.plugins.skylark.harness.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The River save StepRunner performs at step boundaries fails the test on what fails a real build
 * (issue 8 bug 2: a package-private record held by an execution) and passes what Pipeline saves.
 */
class ProgramCheckTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    /** Package-private, as RecordDeliveryOptions was. */
    record HiddenOptions(String application, Map<String, String> attributes) implements Serializable {
    }

    /** Public, as RecordDeliveryOptions is now, with a JDK immutable map (Map.copyOf). */
    public record PublicOptions(String application, Map<String, String> attributes) implements Serializable {
    }

    static final class NotSerializable {
    }

    /** A body callback holding the build's console, which remoting refuses to write outside a channel. */
    static final class ListenerCallback extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;
        private final TaskListener listener;

        ListenerCallback(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void onSuccess(StepContext context, Object result) {
            listener.getLogger().println("body done");
            context.onSuccess(result);
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            context.onFailure(t);
        }
    }

    @Test
    void shouldFailTheTestWhenAnExecutionHoldsAPackagePrivateRecord() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        HoldingStep step = new HoldingStep(new HiddenOptions("orders", Map.copyOf(Map.of("team", "shop"))));

        assertThatThrownBy(() -> build.run(step))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Jenkins would fail this build after testHolding started")
                .hasMessageContaining("the execution of testHolding (" + HoldingStep.Execution.class.getName() + ")")
                .hasMessageContaining("Cannot invoke record getter application")
                .hasMessageContaining("in field " + HoldingStep.Execution.class.getName() + ".held");
    }

    @Test
    void shouldFailTheTestWhenAnExecutionHoldsANonSerializableObject() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));

        assertThatThrownBy(() -> build.run(new HoldingStep(new NotSerializable())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NotSerializableException: " + NotSerializable.class.getName())
                .hasMessageContaining("in field " + HoldingStep.Execution.class.getName() + ".held");
    }

    @Test
    void shouldPassAPublicRecordWithAJdkImmutableMap() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));

        Object result = build.run(new HoldingStep(new PublicOptions("orders", Map.copyOf(Map.of("team", "shop")))));

        assertThat(result).isEqualTo("done");
    }

    @Test
    void shouldNotSaveAStepThatCompletedInsideStart() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));

        Object result = build.run(new HoldingStep(new NotSerializable()).synchronous());

        assertThat(result).isEqualTo("done");
    }

    @Test
    void shouldFailWhenABlockGivesItsBodyAContextObjectPipelineCannotSave() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        HoldingStep step = new HoldingStep("fine").block(new NotSerializable(), null);

        assertThatThrownBy(() -> build.run(step, body -> "body ran"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("after testHolding started") // the body is in the program from then on
                .hasMessageContaining("the object " + NotSerializable.class.getName()
                        + " that testHolding gave its body's context");
    }

    @Test
    void shouldFailWhenABodyCallbackHoldsTheConsole() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        HoldingStep step = new HoldingStep("fine").block(null, new ListenerCallback(build.root().listener()));

        assertThatThrownBy(() -> build.run(step, body -> "body ran"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the body callback of testHolding")
                .hasMessageContaining("has no associated channel")
                .hasMessageContaining("in field " + ListenerCallback.class.getName() + ".listener");
    }

    @Test
    void shouldSaveTheEnclosingBlocksAgainAtEachStepBoundaryInsideTheBody() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        List<Object> outerState = new ArrayList<>();
        HoldingStep outer = new HoldingStep(outerState).block(new WithLabelStep.Label("kept"), null);

        assertThatThrownBy(() -> build.run(outer, body -> {
            outerState.add(new NotSerializable()); // the block's execution changed while its body runs
            return build.run(new HoldingStep("inner"), body);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("after testHolding started")
                .hasMessageContaining("while writing the execution of testHolding")
                .hasMessageContaining("NotSerializableException: " + NotSerializable.class.getName());
    }

    @Test
    void shouldPassABlockWhoseExecutionCallbackAndBodyObjectsPipelineCanSave() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("app"));
        HoldingStep outer = new HoldingStep("outer").block(new WithLabelStep.Label("kept"), null);

        Object result = build.run(outer, body -> build.run(new HoldingStep("inner"), body)
                + " in " + body.get(WithLabelStep.Label.class).value());

        assertThat(result).isEqualTo("done in kept");
    }
}
