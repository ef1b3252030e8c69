package io.jenkins.plugins.skylark.harness.steps;

import hudson.Extension;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** A block step that adds a {@link Label} to its body's context and exports it as LABEL_&lt;name&gt;. */
public class WithLabelStep extends Step {
    private final String name;
    private final String value;

    @DataBoundConstructor
    public WithLabelStep(String name, String value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, name, value);
    }

    /** Static and holding only strings: Pipeline saves the running execution (see StepRunner). */
    private static final class Execution extends StepExecution {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String value;

        Execution(StepContext context, String name, String value) {
            super(context);
            this.name = name;
            this.value = value;
        }

        @Override
        public boolean start() throws Exception {
            EnvironmentExpander expander = EnvironmentExpander.merge(
                    getContext().get(EnvironmentExpander.class),
                    EnvironmentExpander.constant(Map.of("LABEL_" + name, value)));
            getContext().newBodyInvoker()
                    .withContexts(new Label(value), expander)
                    .withCallback(BodyExecutionCallback.wrap(getContext()))
                    .start();
            return false;
        }
    }

    /** The object the step adds to its body's context; saved with the program while the body runs. */
    public record Label(String value) implements java.io.Serializable {
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of();
        }

        @Override
        public String getFunctionName() {
            return "testWithLabel";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
