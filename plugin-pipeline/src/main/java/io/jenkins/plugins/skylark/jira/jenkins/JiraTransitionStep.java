package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.text.Blank;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code jiraTransition(transition: 'Done')} inside {@code withPlatform}; returns the keys done. */
public final class JiraTransitionStep extends JiraIssuesStep {
    private final String transition;

    @DataBoundConstructor
    public JiraTransitionStep(String transition) {
        this.transition = Blank.strippedOrNull(transition);
    }

    public String getTransition() {
        return transition;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new IssuesExecution(context, IssueOperation.TRANSITION, transition, getKeys(), scope());
    }

    @Extension
    public static final class DescriptorImpl extends IssuesStepDescriptor {
        public DescriptorImpl() {
            super(IssueOperation.TRANSITION);
        }
    }
}
