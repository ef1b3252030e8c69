package io.jenkins.plugins.skylark.harness.kubernetes;

/**
 * The ways the fake cluster can make a rollout fail, each with the pod status and events a real cluster shows.
 */
public enum RolloutFailure {
    /** Pod Pending; container waiting {@code ErrImagePull}, then {@code ImagePullBackOff}; events Failed/BackOff. */
    IMAGE_PULL,
    /** Pod Running; container waiting {@code CrashLoopBackOff}, restartCount &gt; 0, last state exit code 1. */
    CRASH_LOOP,
    /** Pod Running, container running but not ready; Warning event Unhealthy "Readiness probe failed: …". */
    READINESS,
    /** Pod Pending, PodScheduled False/Unschedulable; Warning event FailedScheduling "0/N nodes are available…". */
    UNSCHEDULABLE,
    /** Pod stays Pending with its containers waiting in ContainerCreating and no warning: for timeouts. */
    NEVER_READY
}
