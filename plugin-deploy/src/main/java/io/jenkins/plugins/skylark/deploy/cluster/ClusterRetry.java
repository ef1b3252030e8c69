package io.jenkins.plugins.skylark.deploy.cluster;

import io.fabric8.kubernetes.client.Config;
import java.time.Duration;

/**
 * How fabric8 retries a call the API server answered with 5xx or dropped: up to {@code backoffLimit}
 * retries, pauses doubling from {@code interval} (fabric8 caps them at 32 times the interval).
 */
public record ClusterRetry(int backoffLimit, Duration interval) {

    /** fabric8's own defaults: 10 retries from 100 ms, about 20 s in all. */
    public static final ClusterRetry DEFAULT = new ClusterRetry(Config.DEFAULT_REQUEST_RETRY_BACKOFFLIMIT,
            Duration.ofMillis(Config.DEFAULT_REQUEST_RETRY_BACKOFFINTERVAL));

    public ClusterRetry {
        if (backoffLimit < 0 || interval.isNegative()) {
            throw new IllegalArgumentException("backoffLimit and interval must not be negative");
        }
    }
}
