package io.jenkins.plugins.skylark.deploy.rollout;

import io.jenkins.plugins.skylark.deploy.workload.Workload;

/**
 * A workload whose rollout failed: what ended the wait ({@code trigger}: a definitive pod failure,
 * the progress deadline or the timeout) and the diagnosed cause.
 */
public record RolloutFailure(Workload workload, FailureCause trigger, Diagnosis diagnosis) {
}
