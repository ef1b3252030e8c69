package io.jenkins.plugins.skylark.harness.pipeline;

import hudson.Extension;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** Prints and returns the innermost {@link ScopeStep.Tag}; fails outside a testScope block. */
public class ShowTagStep extends Step {
    private final String prefix;

    @DataBoundConstructor
    public ShowTagStep(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new SynchronousNonBlockingStepExecution<String>(context) {
            private static final long serialVersionUID = 1L;

            @Override
            protected String run() throws Exception {
                ScopeStep.Tag tag = getContext().get(ScopeStep.Tag.class);
                if (tag == null) {
                    throw new hudson.AbortException("testShowTag must run inside testScope");
                }
                getContext().get(TaskListener.class).getLogger().println(prefix + tag.value());
                return tag.value();
            }
        };
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "testShowTag";
        }
    }
}
