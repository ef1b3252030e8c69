package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.skylark.platform.IssueUpdates;
import io.jenkins.plugins.skylark.text.Blank;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What a deploy to an environment does to the JIRA issues it ships, as entered in the environment's form (a
 * nested section); converts to {@link IssueUpdates}.
 */
public final class IssueUpdatesConfig extends AbstractDescribableImpl<IssueUpdatesConfig> {
    private boolean comment;
    private String transition;

    @DataBoundConstructor
    public IssueUpdatesConfig() {
    }

    /** {@code null} ({@link IssueUpdates#NONE}) when nothing is set. */
    IssueUpdates toRecord() {
        IssueUpdates updates = new IssueUpdates(comment, Blank.strippedOrNull(transition));
        return updates.equals(IssueUpdates.NONE) ? null : updates;
    }

    /** Comment on each shipped issue naming the environment, version and build. */
    public boolean isComment() {
        return comment;
    }

    @DataBoundSetter
    public void setComment(boolean comment) {
        this.comment = comment;
    }

    /** A workflow transition's name run on each shipped issue; empty = none. */
    public String getTransition() {
        return transition;
    }

    @DataBoundSetter
    public void setTransition(String transition) {
        this.transition = transition;
    }

    @Extension
    public static final class DescriptorImpl extends Descriptor<IssueUpdatesConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("IssueUpdatesConfig.displayName");
        }
    }
}
