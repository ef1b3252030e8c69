package io.jenkins.plugins.skylark.harness.steps;

import hudson.Extension;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/** A step that requires a context object no enclosing step provides. */
public class NeedsIntegerStep extends Step {
    @Override
    public StepExecution start(StepContext context) {
        throw new AssertionError("must not start without its required context");
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Integer.class);
        }

        @Override
        public String getFunctionName() {
            return "testNeedsInteger";
        }
    }
}
