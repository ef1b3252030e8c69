package io.jenkins.plugins.skylark.deploy.release;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficRouting;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What every release operation works with: the cluster, the log, the clock, the store and lock, the routers,
 * how to wait, and whom the delivery events name ({@code null}: the release's namespace and build only).
 */
record ReleaseContext(KubernetesClient client, Consumer<String> log, Clock clock, Predicate<String> holderAlive,
        StateStore store, LeaseLock lock, Function<RouterKind, TrafficRouting> routings, EngineSettings settings,
        DeployTarget delivery) {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ReleaseContext.class);

    ReleaseContext withDelivery(DeployTarget value) {
        return new ReleaseContext(client, log, clock, holderAlive, store, lock, routings, settings, value);
    }

    TrafficRouting routing(ReleaseTarget target) {
        return routings.apply(target.router());
    }

    CanaryWorkloads canaries() {
        return new CanaryWorkloads(client, log, settings);
    }

    Instant now() {
        return clock.instant();
    }

    /** The release of {@code target} that has not ended; a clear error when there is none. */
    ReleaseState running(ReleaseTarget target) {
        ReleaseState state = store.load(target).orElseThrow(() -> new IllegalStateException(
                TEXT.format("release.none", target.application(), target.namespace())));
        if (state.phase().ended()) {
            throw new IllegalStateException(TEXT.format("release.ended", target.application(), target.namespace(),
                    state.releaseId(), state.phase()));
        }
        return state;
    }

    ReleaseState update(ReleaseTarget target, UnaryOperator<StateChange> change) {
        return store.update(target, state -> change.apply(StateChange.of(state)).at(now()));
    }

    /** The deploy target of the delivery events and of the stable workload's image update. */
    DeployTarget deployTarget(ReleaseState state) {
        return delivery != null ? delivery
                : new DeployTarget(null, null, state.target().namespace(), state.buildUrl(), null);
    }

    /** Sleeps until {@code until}; false when interrupted (the interrupt flag is set again). */
    boolean sleepUntil(Instant until) {
        return sleepUntil(until, null);
    }

    /**
     * Sleeps until {@code until}, looking every watch interval whether {@code stop} says to end early.
     *
     * @return false when interrupted (the interrupt flag is set again)
     */
    boolean sleepUntil(Instant until, BooleanSupplier stop) {
        try {
            while (now().isBefore(until) && (stop == null || !stop.getAsBoolean())) {
                Duration left = Duration.between(now(), until);
                settings.sleeper().sleep(stop == null || left.compareTo(settings.watchInterval()) < 0 ? left
                        : settings.watchInterval());
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
