package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.text.Blank;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code jiraComment(text: 'Deployed to prod', keys: ['SHOP-12'])} inside {@code withPlatform}; returns the keys done. */
public final class JiraCommentStep extends JiraIssuesStep {
    private final String text;

    @DataBoundConstructor
    public JiraCommentStep(String text) {
        this.text = Blank.strippedOrNull(text);
    }

    public String getText() {
        return text;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new IssuesExecution(context, IssueOperation.COMMENT, text, getKeys(), scope());
    }

    @Extension
    public static final class DescriptorImpl extends IssuesStepDescriptor {
        public DescriptorImpl() {
            super(IssueOperation.COMMENT);
        }
    }
}
