package io.jenkins.plugins.skylark.harness.pipeline;

import hudson.Extension;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** A block step for the runner's tests: adds a {@link Tag} to its body's context and exports TAG. */
public class ScopeStep extends Step {
    private final String tag;

    @DataBoundConstructor
    public ScopeStep(String tag) {
        this.tag = tag;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new StepExecution(context) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean start() throws Exception {
                getContext().newBodyInvoker()
                        .withContexts(new Tag(tag), EnvironmentExpander.merge(getContext().get(EnvironmentExpander.class),
                                EnvironmentExpander.constant(Map.of("TAG", tag))))
                        .withCallback(BodyExecutionCallback.wrap(getContext()))
                        .start();
                return false;
            }
        };
    }

    /** What the block provides to the steps inside it. */
    public record Tag(String value) implements Serializable {
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of();
        }

        @Override
        public String getFunctionName() {
            return "testScope";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
