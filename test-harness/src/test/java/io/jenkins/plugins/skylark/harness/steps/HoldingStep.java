package io.jenkins.plugins.skylark.harness.steps;

import hudson.Extension;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * A step whose execution holds {@link #held}; as a block step it may give its body a context object and
 * its own body callback. It completes at once, synchronously ({@code start()} returns true) or not.
 */
public class HoldingStep extends Step {
    private final Object held;
    private boolean synchronous;
    private boolean block;
    private Object bodyContext;
    private BodyExecutionCallback callback;

    public HoldingStep(Object held) {
        this.held = held;
    }

    /** Completes inside {@code start()}, which returns true: Pipeline then never saves the execution. */
    public HoldingStep synchronous() {
        this.synchronous = true;
        return this;
    }

    /** Runs a body, giving it {@code context} (if not null) and reporting to {@code bodyCallback} (if not null). */
    public HoldingStep block(Object context, BodyExecutionCallback bodyCallback) {
        this.block = true;
        this.bodyContext = context;
        this.callback = bodyCallback;
        return this;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    /** Holds the object in a non-transient field, as a plugin's execution holds its options. */
    static final class Execution extends StepExecution {
        private static final long serialVersionUID = 1L;
        private final Object held;
        private final transient HoldingStep step;

        Execution(StepContext context, HoldingStep step) {
            super(context);
            this.held = step.held;
            this.step = step;
        }

        @Override
        public boolean start() {
            if (!step.block) {
                getContext().onSuccess("done");
                return step.synchronous;
            }
            BodyInvoker invoker = getContext().newBodyInvoker()
                    .withCallback(step.callback != null ? step.callback : BodyExecutionCallback.wrap(getContext()));
            if (step.bodyContext != null) {
                invoker.withContext(step.bodyContext);
            }
            invoker.start();
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
            return "testHolding";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
