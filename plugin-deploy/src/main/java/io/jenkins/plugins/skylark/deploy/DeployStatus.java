package io.jenkins.plugins.skylark.deploy;

/** How an engine call ended. */
public enum DeployStatus {
    /** Applied and every rollout completed (or nothing to wait for). */
    SUCCEEDED,
    /** Failed; the workloads were rolled back to their previous revision. */
    ROLLED_BACK,
    /** Failed, and not (fully) rolled back: rollback disabled, impossible, or itself failed. */
    FAILED
}
