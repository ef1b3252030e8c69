package io.jenkins.plugins.skylark.jira.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code jiraReleaseVersion(version: '1.4.0', project: 'SHOP')} inside {@code withPlatform}: marks the
 * version released today (creating it when missing). Returns {@code [project, version, id, releaseDate]}.
 */
public final class JiraReleaseVersionStep extends Step {
    static final String FUNCTION_NAME = "jiraReleaseVersion";

    private final String version;
    private String project;

    @DataBoundConstructor
    public JiraReleaseVersionStep(String version) {
        this.version = strippedOrNull(version);
    }

    public String getVersion() {
        return version;
    }

    public String getProject() {
        return project;
    }

    /** A JIRA project key of the Skylark project; not needed when it has only one. */
    @DataBoundSetter
    public void setProject(String project) {
        this.project = strippedOrNull(project);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new ReleaseVersionExecution(context, version, project);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("JiraReleaseVersionStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }
    }
}
