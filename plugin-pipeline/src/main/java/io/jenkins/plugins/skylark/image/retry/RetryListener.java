package io.jenkins.plugins.skylark.image.retry;

import java.time.Duration;

/** Told before each pause, so the build log shows a line per retry. */
@FunctionalInterface
public interface RetryListener {

    /**
     * @param failure one-line summary of what failed (status, method and URL), see {@link TransientFailures#summary}
     * @param attempt the attempt that failed (1-based)
     */
    void retrying(String failure, int attempt, int maxAttempts, Duration delay);
}
