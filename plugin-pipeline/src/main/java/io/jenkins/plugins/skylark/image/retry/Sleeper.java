package io.jenkins.plugins.skylark.image.retry;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the pauses instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
