package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import java.time.Duration;

/**
 * How long things take on the fake cluster, in simulated time.
 *
 * @param containerStart from scheduling to running (image pull and container creation)
 * @param readiness from running to ready, for containers with a readiness probe
 * @param crashPeriod between restarts of a crash-looping container
 */
public record Timings(Duration containerStart, Duration readiness, Duration crashPeriod) {

    /** One second to start, one more to pass a readiness probe, a restart every ten seconds. */
    public static Timings defaults() {
        return new Timings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(10));
    }
}
