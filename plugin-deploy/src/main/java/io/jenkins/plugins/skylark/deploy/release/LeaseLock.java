package io.jenkins.plugins.skylark.deploy.release;

import java.util.Optional;

/** One release per application and namespace: the cluster's Lease (the state package's lock), or a map in unit tests. */
interface LeaseLock {

    /** Takes the lock for {@code holder} when free or already its own; else the holder that has it. */
    Optional<String> tryAcquire(ReleaseTarget target, String holder);

    /** Frees the lock if {@code holder} has it (a dead build's lock is freed by its successor this way). */
    void release(ReleaseTarget target, String holder);
}
