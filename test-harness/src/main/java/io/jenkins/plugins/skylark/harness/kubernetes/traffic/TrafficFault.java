package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.time.Duration;

/**
 * How a version answers the simulated requests it serves: a share of them fail with {@code status} and each takes
 * {@code latency}. Errors are spread evenly and deterministically: with an error rate of 0.2 exactly one request
 * in five fails, counted per version and per way in (entry and host), so every exporter sees the rate.
 *
 * @param errorRate the share of requests answered with {@code status}, from 0 to 1
 * @param latency how long each request takes (real exporters observe it in their duration histograms)
 * @param status the HTTP status of failed requests (5xx)
 */
public record TrafficFault(double errorRate, Duration latency, int status) {

    /** What a version without a rule does: no errors, 20 ms per request. */
    public static final TrafficFault HEALTHY = new TrafficFault(0, Duration.ofMillis(20), 500);

    public TrafficFault {
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be between 0 and 1, was " + errorRate);
        }
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("latency must be zero or positive, was " + latency);
        }
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be a 5xx code, was " + status);
        }
    }

    /** This share of requests fails with 500; latency as for a healthy version. */
    public static TrafficFault errors(double errorRate) {
        return new TrafficFault(errorRate, HEALTHY.latency(), 500);
    }

    /** No errors; each request takes {@code latency}. */
    public static TrafficFault slow(Duration latency) {
        return new TrafficFault(0, latency, 500);
    }

    /** The same fault with another latency. */
    public TrafficFault withLatency(Duration latency) {
        return new TrafficFault(errorRate, latency, status);
    }

    /** The same fault answering failed requests with another 5xx status. */
    public TrafficFault withStatus(int status) {
        return new TrafficFault(errorRate, latency, status);
    }

    /** Whether the {@code n}th request (from 1) a version serves fails: errors spread evenly over the count. */
    boolean fails(long n) {
        long perMillion = Math.round(errorRate * 1_000_000);
        return n * perMillion / 1_000_000 > (n - 1) * perMillion / 1_000_000;
    }
}
