package io.jenkins.plugins.skylark.harness.steps;

import hudson.Extension;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Waits for a named signal from outside the build, like an approval; survives a restart: its execution
 * holds only the name and registers again in {@code onResume()}.
 */
public class SignalStep extends Step {
    /** The outside world: who waits for which signal. */
    private static final Map<String, Execution> WAITING = new ConcurrentHashMap<>();
    private final String name;

    public SignalStep(String name) {
        this.name = name;
    }

    /** Completes the step waiting for {@code name} with {@code value}. */
    static void signal(String name, String value) {
        WAITING.remove(name).getContext().onSuccess(value);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, name);
    }

    static final class Execution extends StepExecution {
        private static final long serialVersionUID = 1L;
        private final String name;
        int resumes;

        Execution(StepContext context, String name) {
            super(context);
            this.name = name;
        }

        @Override
        public boolean start() {
            WAITING.put(name, this);
            return false;
        }

        @Override
        public void onResume() {
            resumes++;
            WAITING.put(name, this);
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
            return "testSignal";
        }
    }
}
