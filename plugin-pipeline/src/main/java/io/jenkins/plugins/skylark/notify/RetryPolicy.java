package io.jenkins.plugins.skylark.notify;

import java.time.Duration;

/**
 * How often and how patiently a failed send is retried: at most {@code maxAttempts} sends, pausing
 * {@code firstBackoff}, then twice as long each time up to {@code maxBackoff}, plus up to
 * {@code jitter} (a fraction) more so that builds failing together do not retry together. A channel's
 * {@code Retry-After} is honoured when it is no longer than {@code maxRetryAfter}; a longer one ends
 * the retries.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter,
                          double jitter) {

    /** Three sends over about six seconds; a {@code Retry-After} of up to a minute is waited for. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30),
            Duration.ofMinutes(1), 0.2);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /**
     * The pause after {@code failedAttempts} failed sends; {@code random} in [0, 1) picks the jitter.
     */
    Duration backoff(int failedAttempts, double random) {
        Duration pause = firstBackoff;
        for (int i = 1; i < failedAttempts && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        if (pause.compareTo(maxBackoff) > 0) {
            pause = maxBackoff;
        }
        return pause.plusMillis((long) (pause.toMillis() * jitter * random));
    }
}
