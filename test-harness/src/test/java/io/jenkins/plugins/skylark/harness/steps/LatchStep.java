package io.jenkins.plugins.skylark.harness.steps;

import hudson.Extension;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/** Blocks its background thread until released: a SynchronousNonBlockingStepExecution still running. */
public class LatchStep extends Step {
    private static final Map<String, CountDownLatch> LATCHES = new ConcurrentHashMap<>();
    private final String name;

    public LatchStep(String name) {
        this.name = name;
        LATCHES.put(name, new CountDownLatch(1));
    }

    static void release(String name) {
        LATCHES.remove(name).countDown();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, name);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;
        private final String name;

        Execution(StepContext context, String name) {
            super(context);
            this.name = name;
        }

        @Override
        protected String run() throws Exception {
            LATCHES.get(name).await(1, TimeUnit.MINUTES);
            return "released";
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
            return "testLatch";
        }
    }
}
