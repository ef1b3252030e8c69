package io.jenkins.plugins.skylark.harness.steps;

import hudson.AbortException;
import hudson.Extension;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/** Prints a message and returns it; fails with an AbortException when the message is "fail". */
public class EchoStep extends Step {
    private final String message;

    public EchoStep(String message) {
        this.message = message;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, message);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;
        private final String message;

        Execution(StepContext context, String message) {
            super(context);
            this.message = message;
        }

        @Override
        protected String run() throws Exception {
            if (message.equals("fail")) {
                throw new AbortException("echo was told to fail");
            }
            getContext().get(TaskListener.class).getLogger().println(message);
            return message;
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
            return "testEcho";
        }
    }
}
