package io.jenkins.plugins.skylark.approval;

/** A deploy step reached a protected environment that this build has no approval for. */
public final class ApprovalRequiredException extends Exception {
    private static final long serialVersionUID = 1L;

    ApprovalRequiredException(String message) {
        super(message);
    }
}
