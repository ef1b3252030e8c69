package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.time.Duration;

/**
 * How often a transient Prometheus failure (timeout, unavailable, connection) is tried again: up to
 * {@code attempts} tries in all, waiting {@code firstBackoff}, then twice as long each time, at most
 * {@code maxBackoff}. Bad queries are never retried.
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff) {

    /** Three tries, 1 s then 2 s apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("retry 'attempts' must be at least 1, was " + attempts);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("retry backoffs must satisfy 0 <= firstBackoff <= maxBackoff, were "
                    + firstBackoff + " and " + maxBackoff);
        }
    }

    /** The wait before try number {@code attempt + 1} (after {@code attempt} failed tries, 1-based). */
    public Duration backoffAfter(int attempt) {
        Duration backoff = firstBackoff;
        for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
