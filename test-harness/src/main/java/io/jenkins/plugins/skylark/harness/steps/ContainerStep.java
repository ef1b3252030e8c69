package io.jenkins.plugins.skylark.harness.steps;

import hudson.Extension;
import hudson.Launcher;
import hudson.LauncherDecorator;
import hudson.model.Node;
import java.io.Serializable;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code testContainer('maven') { … }}: a block that, like the Kubernetes plugin's {@code container()},
 * adds a {@link LauncherDecorator} to its body, so processes started through the body's launcher run
 * wrapped: here by {@code env SKYLARK_CONTAINER=<name>}, which only a process started through that
 * launcher sees. Unix agents only.
 */
public final class ContainerStep extends Step {
    public static final String VARIABLE = "SKYLARK_CONTAINER";

    private final String name;

    @DataBoundConstructor
    public ContainerStep(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, name);
    }

    private static final class Execution extends StepExecution {
        private static final long serialVersionUID = 1L;
        private final String name;

        Execution(StepContext context, String name) {
            super(context);
            this.name = name;
        }

        @Override
        public boolean start() throws Exception {
            getContext().newBodyInvoker()
                    .withContext(BodyInvoker.mergeLauncherDecorators(getContext().get(LauncherDecorator.class),
                            new Decorator(name)))
                    .withCallback(BodyExecutionCallback.wrap(getContext()))
                    .start();
            return false;
        }
    }

    /** Saved with the program while the body runs, as Pipeline saves {@code container()}'s. */
    private static final class Decorator extends LauncherDecorator implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;

        Decorator(String name) {
            this.name = name;
        }

        @Override
        public Launcher decorate(Launcher launcher, Node node) {
            return launcher.decorateByPrefix("env", VARIABLE + "=" + name);
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
            return "testContainer";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
