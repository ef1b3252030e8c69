package io.jenkins.plugins.skylark.deploy.release.state;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One release per application and namespace: a {@code coordination.k8s.io/v1} Lease
 * {@code skylark-release-<application>} whose {@code holderIdentity} is the URL of the build running the release.
 * The lock never expires by time: a build that is gone (Jenkins says so through {@code holderAlive}) loses it
 * to the next acquirer. Every write is guarded (create conflicts, resourceVersion), so of two concurrent
 * acquirers exactly one wins.
 */
public final class ReleaseLock {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ReleaseLock.class);
    private static final Duration FIRST_POLL = Duration.ofSeconds(1);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(15);

    /** Waits between polls; tests replace it to move a simulated clock. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final KubernetesClient client;
    private final Consumer<String> log;
    private final Clock clock;
    private final Sleeper sleeper;

    public ReleaseLock(KubernetesClient client, Consumer<String> log, Clock clock) {
        this(client, log, clock, d -> Thread.sleep(d.toMillis()));
    }

    ReleaseLock(KubernetesClient client, Consumer<String> log, Clock clock, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = sleeper;
    }

    /**
     * Takes the lock of {@code target} for {@code holder}: when it is free, already {@code holder}'s (renewed),
     * or held by a build for which {@code holderAlive} is false (taken over, logged).
     *
     * @param wait    when held by a live build: poll (with growing pauses) until it is free or {@code timeout}
     *                passed, instead of failing at once
     * @return the dead build the lock was taken over from; empty when it was free or already {@code holder}'s
     * @throws ReleaseLockedException naming the build that holds the lock
     */
    public Optional<String> acquire(ReleaseTarget target, String holder, Predicate<String> holderAlive, boolean wait,
            Duration timeout) {
        Objects.requireNonNull(holder, "holder");
        Instant deadline = clock.instant().plus(wait ? timeout : Duration.ZERO);
        Duration pause = FIRST_POLL;
        boolean announced = false;
        while (true) {
            Attempt attempt = tryAcquire(target, holder, holderAlive);
            if (attempt.won()) {
                return Optional.ofNullable(attempt.takenOverFrom());
            }
            if (attempt.heldBy() == null) {
                continue; // lost a race for a free or dead lock: look again at once
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (!wait || left.isNegative() || left.isZero()) {
                throw locked(wait ? "lock.stillLocked" : "lock.locked", target, attempt.heldBy(), timeout);
            }
            if (!announced) {
                log.accept(TEXT.format("lock.waiting", target.application(), target.namespace(), attempt.heldBy(),
                        timeout.toSeconds()));
                announced = true;
            }
            sleep(target, attempt.heldBy(), pause.compareTo(left) < 0 ? pause : left);
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) < 0 ? pause.multipliedBy(2) : LONGEST_POLL;
        }
    }

    /** Frees the lock if {@code holder} holds it; {@code false} when it was free or someone else's. */
    public boolean release(ReleaseTarget target, String holder) {
        // no race with a taker: a lock held by a running build (the caller) is never taken over
        Lease lease = lease(target).get();
        if (lease == null || !holder.equals(holderOf(lease))) {
            return false;
        }
        return !lease(target).delete().isEmpty();
    }

    /** The build holding the lock, if any. */
    public Optional<String> holder(ReleaseTarget target) {
        Lease lease = lease(target).get();
        return Optional.ofNullable(lease == null ? null : holderOf(lease));
    }

    /** One look at the Lease and at most one guarded write. */
    private Attempt tryAcquire(ReleaseTarget target, String holder, Predicate<String> holderAlive) {
        Lease lease = lease(target).get();
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            if (lease == null) {
                client.resources(Lease.class).inNamespace(target.namespace()).resource(newLease(target, holder, now))
                        .create();
                return Attempt.won(null);
            }
            String current = holderOf(lease);
            if (holder.equals(current)) {
                write(target, new LeaseBuilder(lease).editOrNewSpec().withRenewTime(now).endSpec().build());
                return Attempt.won(null);
            }
            if (current != null && holderAlive.test(current)) {
                return Attempt.heldBy(current);
            }
            int transitions = lease.getSpec() == null || lease.getSpec().getLeaseTransitions() == null ? 0
                    : lease.getSpec().getLeaseTransitions();
            write(target, new LeaseBuilder(lease).editOrNewSpec().withHolderIdentity(holder).withAcquireTime(now)
                    .withRenewTime(now).withLeaseTransitions(transitions + 1).endSpec().build());
            if (current != null) {
                log.accept(TEXT.format("lock.takenOver", target.application(), target.namespace(), current));
            }
            return Attempt.won(current);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409) {
                return Attempt.lostRace(); // someone else wrote first
            }
            throw e;
        }
    }

    /**
     * @param won           the lock is now the caller's
     * @param heldBy        the live build holding it (when not won); {@code null} after a lost race
     * @param takenOverFrom the dead build it was taken from
     */
    private record Attempt(boolean won, String heldBy, String takenOverFrom) {
        static Attempt won(String takenOverFrom) {
            return new Attempt(true, null, takenOverFrom);
        }

        static Attempt heldBy(String holder) {
            return new Attempt(false, holder, null);
        }

        static Attempt lostRace() {
            return new Attempt(false, null, null);
        }
    }

    private void write(ReleaseTarget target, Lease lease) {
        // carries the resourceVersion read: refused with 409 when the Lease changed since
        client.resources(Lease.class).inNamespace(target.namespace()).resource(lease).update();
    }

    private void sleep(ReleaseTarget target, String heldBy, Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw locked("lock.interrupted", target, heldBy, Duration.ZERO);
        }
    }

    private static Lease newLease(ReleaseTarget target, String holder, ZonedDateTime now) {
        return new LeaseBuilder().withNewMetadata().withName(ReleaseStore.objectName(target))
                .withNamespace(target.namespace()).withLabels(ReleaseStore.labels(target)).endMetadata()
                .withNewSpec().withHolderIdentity(holder).withAcquireTime(now).withRenewTime(now)
                .withLeaseTransitions(0).endSpec().build();
    }

    private static String holderOf(Lease lease) {
        String holder = lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
        return holder == null || holder.isEmpty() ? null : holder;
    }

    private Resource<Lease> lease(ReleaseTarget target) {
        return client.resources(Lease.class).inNamespace(target.namespace()).withName(ReleaseStore.objectName(target));
    }

    private static ReleaseLockedException locked(String key, ReleaseTarget target, String holder, Duration waited) {
        String lease = target.namespace() + "/" + ReleaseStore.objectName(target);
        return new ReleaseLockedException(TEXT.format(key, target.application(), target.namespace(), holder, lease,
                waited.toSeconds()), holder);
    }
}
