package io.jenkins.plugins.skylark.deploy.rollout;

/**
 * Where one workload's rollout stands. {@code summary} is a progress line fragment such as
 * {@code 2 of 3 updated, 1 available}.
 */
public record RolloutProgress(boolean complete, boolean deadlineExceeded, String summary) {
}
