package io.jenkins.plugins.skylark.image.retry;

import java.io.Serializable;
import java.time.Duration;

/**
 * How often and how patiently a failed registry call is tried again: at most {@code maxAttempts}
 * calls in all; before attempt {@code n + 1} a pause of {@code initialDelay × 2^(n-1)}, capped at
 * {@code maxDelay}, of which a random half is dropped ("equal jitter", so parallel steps that failed
 * together do not come back together).
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) implements Serializable {

    /**
     * Ten attempts, pauses of at most 0.5, 1, 2, 4, 8, 8, 8, 8, 8 s: a registry gets up to about 45 s to recover,
     * and with one call in five failing at random a blob upload (check, start, send, commit: about half its
     * attempts fail) still gets through all but 4 times in 1000.
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(8));

    /** One attempt: no retries. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
        }
    }

    /** Whether another attempt may follow attempt number {@code attempt} (1-based). */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /**
     * The pause after failed attempt number {@code attempt} (1-based).
     *
     * @param random a number in [0, 1): 0 gives half the backoff, values near 1 nearly all of it
     */
    public Duration delayAfter(int attempt, double random) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1), was " + random);
        }
        long cap = maxDelay.toMillis();
        long backoff = initialDelay.toMillis();
        for (int i = 1; i < attempt && backoff < cap; i++) {
            backoff *= 2;
        }
        backoff = Math.min(backoff, cap);
        return Duration.ofMillis(backoff / 2 + (long) (random * (backoff - backoff / 2)));
    }
}
