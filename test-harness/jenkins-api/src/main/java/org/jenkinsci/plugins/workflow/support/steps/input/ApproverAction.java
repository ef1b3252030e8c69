package org.jenkinsci.plugins.workflow.support.steps.input;

import hudson.model.InvisibleAction;

/**
 * Added to the run by the {@code input} step when a user proceeds it (after its submitter check, in the
 * approving user's request), one per approval, naming that user.
 */
public class ApproverAction extends InvisibleAction {
    private final String userId;

    public ApproverAction(String userId) {
        this.userId = userId;
    }

    public String getUserId() {
        return userId;
    }
}
