package io.jenkins.plugins.skylark.deploy.rollout;

/**
 * Why a rollout failed. {@code definitive} causes end the wait at once; the others may clear up
 * (a node being added, a slow start) and are named only when the deadline or timeout is reached.
 */
public enum FailureCause {
    IMAGE_PULL(true),
    CRASH_LOOP(true),
    CONTAINER_CONFIG(true),
    UNSCHEDULABLE(false),
    READINESS(false),
    PROGRESS_DEADLINE(false),
    TIMEOUT(false),
    APPLY_REFUSED(true),
    WORKLOAD_MISSING(true);

    private final boolean definitive;

    FailureCause(boolean definitive) {
        this.definitive = definitive;
    }

    public boolean definitive() {
        return definitive;
    }
}
