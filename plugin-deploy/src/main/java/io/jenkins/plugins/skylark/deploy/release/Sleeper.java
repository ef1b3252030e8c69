package io.jenkins.plugins.skylark.deploy.release;

import java.time.Duration;

/** Waits between polls and for scale-down delays; unit tests watch the cluster while the engine waits. */
@FunctionalInterface
interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
