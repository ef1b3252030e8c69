package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.text.Blank;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code jiraFixVersion(version: '1.4.0')} inside {@code withPlatform}; returns the keys done. */
public final class JiraFixVersionStep extends JiraIssuesStep {
    private final String version;

    @DataBoundConstructor
    public JiraFixVersionStep(String version) {
        this.version = Blank.strippedOrNull(version);
    }

    public String getVersion() {
        return version;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new IssuesExecution(context, IssueOperation.FIX_VERSION, version, getKeys(), scope());
    }

    @Extension
    public static final class DescriptorImpl extends IssuesStepDescriptor {
        public DescriptorImpl() {
            super(IssueOperation.FIX_VERSION);
        }
    }
}
