package io.jenkins.plugins.skylark.notify;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; tests pass one that moves a fake clock instead, so no test sleeps for real. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> TimeUnit.MILLISECONDS.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
