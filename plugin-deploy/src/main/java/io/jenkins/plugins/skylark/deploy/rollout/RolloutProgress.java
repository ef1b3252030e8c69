package io.jenkins.plugins.skylark.deploy.rollout;

/**
 * Where one workload's rollout stands. {@code summary} is a progress line fragment such as
 * {@code 2 of 3 updated, 1 available}; it means something only when {@code current}: the status was written
 * by a controller that had seen the workload's current generation (a stale one still counts the previous
 * spec's pods, as in {@code 3 of 2 updated}).
 */
public record RolloutProgress(boolean current, boolean complete, boolean deadlineExceeded, String summary) {
}
