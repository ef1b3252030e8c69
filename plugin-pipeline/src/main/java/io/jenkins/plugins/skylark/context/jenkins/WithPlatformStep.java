package io.jenkins.plugins.skylark.context.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withPlatform(project: 'shop', environment: 'dev') { … }}: checks that the job may act on the
 * project, resolves cluster, namespace and credentials, and runs the block with the resolved context
 * and the {@code PLATFORM_*} variables.
 */
public final class WithPlatformStep extends Step {
    private final String project;
    private String environment;

    @DataBoundConstructor
    public WithPlatformStep(String project) {
        this.project = project == null ? null : project.strip();
    }

    public String getProject() {
        return project;
    }

    public String getEnvironment() {
        return environment;
    }

    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = environment == null || environment.isBlank() ? null : environment.strip();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new WithPlatformExecution(context, project, environment);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "withPlatform";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("WithPlatformStep.displayName");
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @Override
        public Set<? extends Class<?>> getProvidedContext() {
            return Set.of(ResolvedPlatformContext.class, EnvVars.class);
        }
    }
}
