package io.jenkins.plugins.skylark.harness.pipeline;

import hudson.Extension;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.harness.steps.WithLabelStep;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** Prints and returns the innermost {@link WithLabelStep.Label}; fails outside a testWithLabel block. */
public class ShowLabelStep extends Step {
    private final String prefix;

    @DataBoundConstructor
    public ShowLabelStep(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, prefix);
    }

    /** Static and holding only a string: Pipeline saves the running execution (see StepRunner). */
    private static final class Execution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;
        private final String prefix;

        Execution(StepContext context, String prefix) {
            super(context);
            this.prefix = prefix;
        }

        @Override
        protected String run() throws Exception {
            WithLabelStep.Label tag = getContext().get(WithLabelStep.Label.class);
            if (tag == null) {
                throw new hudson.AbortException("testShowLabel must run inside testWithLabel");
            }
            getContext().get(TaskListener.class).getLogger().println(prefix + tag.value());
            return tag.value();
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "testShowLabel";
        }
    }
}
