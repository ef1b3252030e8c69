package io.jenkins.plugins.skylark.approval;

/** Where an approval request stands. The names are saved with builds: never rename. */
public enum ApprovalStatus {
    /** Asked; no approver has let it proceed yet (refused attempts may have been recorded). */
    WAITING,
    /** An approver let deploys to the environment proceed in this build. */
    APPROVED,
    /** The request ended without an approval: refused for good, aborted or timed out. */
    NOT_APPROVED
}
