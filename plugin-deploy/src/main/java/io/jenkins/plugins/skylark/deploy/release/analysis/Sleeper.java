package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.time.Duration;

/** Waiting between measurements and retries; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** The real one. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
