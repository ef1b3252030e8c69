package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code def keys = jiraKeys()} or {@code jiraKeys(environment: 'prod', application: 'orders')} inside
 * {@code withPlatform}: the issue keys of the project's JIRA projects in the branch name and in the
 * messages of the commits the build (or the deployment) ships.
 */
public final class JiraKeysStep extends ShippedScopeStep {
    static final String FUNCTION_NAME = "jiraKeys";

    @DataBoundConstructor
    public JiraKeysStep() {
    }

    @Override
    public StepExecution start(StepContext context) {
        return new JiraKeysExecution(context, scope());
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("JiraKeysStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }
    }
}
