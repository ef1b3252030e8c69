package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.Map;

/**
 * How a batch of requests was answered.
 *
 * @param served per version, the requests its pods answered (successes and injected errors)
 * @param statuses per HTTP status, the requests answered with it (including 404/503 answered without a pod)
 */
public record TrafficTally(Map<Version, Long> served, Map<Integer, Long> statuses) {

    public TrafficTally {
        served = Map.copyOf(served);
        statuses = Map.copyOf(statuses);
    }

    /** Requests the version served. */
    public long served(Version version) {
        return served.getOrDefault(version, 0L);
    }

    /** Requests answered with this status. */
    public long status(int status) {
        return statuses.getOrDefault(status, 0L);
    }
}
