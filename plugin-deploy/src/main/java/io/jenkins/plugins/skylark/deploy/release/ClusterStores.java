package io.jenkins.plugins.skylark.deploy.release;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseLock;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseLockedException;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The engine's state and lock seams on the cluster: the ConfigMap store and the Lease of the state package. */
final class ClusterStores {
    private ClusterStores() {
    }

    static StateStore states(KubernetesClient client) {
        ReleaseStore store = new ReleaseStore(client);
        return new StateStore() {
            @Override
            public Optional<ReleaseState> load(ReleaseTarget target) {
                return store.load(target);
            }

            @Override
            public ReleaseState save(ReleaseState state) {
                return store.create(state);
            }

            @Override
            public ReleaseState update(ReleaseTarget target, UnaryOperator<ReleaseState> change) {
                return store.update(target, change);
            }
        };
    }

    /** The engine decides whether a holder is alive (and frees a dead one's lock), so the Lease is asked once. */
    static LeaseLock lock(KubernetesClient client, Consumer<String> log, Clock clock) {
        ReleaseLock lock = new ReleaseLock(client, log, clock);
        return new LeaseLock() {
            @Override
            public Optional<String> tryAcquire(ReleaseTarget target, String holder) {
                try {
                    lock.acquire(target, holder, other -> true, false, Duration.ZERO);
                    return Optional.empty();
                } catch (ReleaseLockedException e) {
                    return Optional.of(e.holder());
                }
            }

            @Override
            public void release(ReleaseTarget target, String holder) {
                lock.release(target, holder);
            }
        };
    }
}
