package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Stands in for {@code withPlatform} in these tests: runs its block with a given resolved context, as
 * {@code withPlatform} does after resolving the project (its own resolution is tested in skylark-pipeline).
 */
public final class WithPlatformContextStep extends Step {
    private final transient ResolvedPlatformContext resolved;

    WithPlatformContextStep(String project, String environment) {
        resolved = new ResolvedPlatformContext(project, environment, null, null, null, false, null, null, null, null,
                null, null, false, null, null);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, resolved);
    }

    /** Static and holding only the (serialisable) context, so Pipeline can save it while the block runs. */
    private static final class Execution extends StepExecution {
        private static final long serialVersionUID = 1L;
        private final ResolvedPlatformContext resolved;

        Execution(StepContext context, ResolvedPlatformContext resolved) {
            super(context);
            this.resolved = resolved;
        }

        @Override
        public boolean start() throws Exception {
            getContext().newBodyInvoker().withContexts(resolved)
                    .withCallback(BodyExecutionCallback.wrap(getContext())).start();
            return false;
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
            return "testWithPlatformContext";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
