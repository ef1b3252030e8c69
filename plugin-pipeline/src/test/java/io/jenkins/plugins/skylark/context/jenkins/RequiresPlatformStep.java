package io.jenkins.plugins.skylark.context.jenkins;

import hudson.Extension;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/** A step like the later Skylark steps: it reads the enclosing withPlatform context and returns its namespace. */
public class RequiresPlatformStep extends Step {
    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context);
    }

    /** Static, so Pipeline can save it (an anonymous one would drag the non-serialisable step along). */
    private static final class Execution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;

        Execution(StepContext context) {
            super(context);
        }

        @Override
        protected String run() throws Exception {
            return PlatformContexts.require(getContext(), "requiresPlatform").namespace();
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of();
        }

        @Override
        public String getFunctionName() {
            return "requiresPlatform";
        }
    }
}
