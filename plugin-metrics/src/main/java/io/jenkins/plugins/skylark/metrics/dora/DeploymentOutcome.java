package io.jenkins.plugins.skylark.metrics.dora;

/**
 * What a {@link Deployment} record is. The names are part of the stored data and of the JSON report
 * schema: never rename.
 */
public enum DeploymentOutcome {
    /** The new version runs and serves traffic. */
    SUCCEEDED,
    /**
     * The new version served traffic (users were exposed) and then failed: a rollout that failed
     * after pods served, a canary aborted at a weight above 0 %. A failed change.
     */
    FAILED,
    /**
     * A rollback: this record restores an earlier version ({@code version} is the restored one). It
     * marks the previous served deployment of the same application and environment as failed and
     * ends that deployment's recovery clock. Not itself a deployment: it counts for no frequency,
     * adds no lead time.
     */
    ROLLED_BACK,
    /**
     * The attempt never served traffic: a pipeline that failed before the rollout, a canary aborted
     * at 0 %. Neither a deployment nor a failure; kept so reports can say what was excluded.
     */
    NOT_SERVED
}
