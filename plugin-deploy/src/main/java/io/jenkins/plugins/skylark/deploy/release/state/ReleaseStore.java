package io.jenkins.plugins.skylark.deploy.release.state;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The release state of one application in one namespace, kept as JSON ({@link ReleaseStateJson}) under
 * {@value #DATA_KEY} in the ConfigMap {@code skylark-release-<application>} of the target namespace. Every write
 * carries the resourceVersion it read, so two writers never lose each other's change: the loser re-reads and
 * re-applies its change (at most {@value #MAX_ATTEMPTS} times). An ended release's state stays until the next
 * release replaces it, so its outcome can still be shown.
 */
public final class ReleaseStore {
    /** The ConfigMap key holding the state's JSON. */
    public static final String DATA_KEY = "state.json";
    /** Standard label on the objects Skylark's releases own. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final int MAX_ATTEMPTS = 10;
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ReleaseStore.class);

    private final KubernetesClient client;

    public ReleaseStore(KubernetesClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The name of the ConfigMap (and of the lock's Lease) of {@code target}'s releases. */
    public static String objectName(ReleaseTarget target) {
        return "skylark-release-" + target.application();
    }

    /** The labels of the objects that hold a release's state and lock. */
    static Map<String, String> labels(ReleaseTarget target) {
        return Map.of(MANAGED_BY, SkylarkLabels.FIELD_MANAGER, SkylarkLabels.APPLICATION, target.application());
    }

    /** The current (or last ended) release of {@code target}; empty when there has been none. */
    public Optional<ReleaseState> load(ReleaseTarget target) {
        ConfigMap map = resource(target).get();
        return map == null ? Optional.empty() : Optional.of(read(target, map));
    }

    /**
     * Saves a new release: replaces an ended one's state, refuses when a release is still running.
     *
     * @throws ReleaseStateException naming the running release and the build that started it
     */
    public ReleaseState create(ReleaseState state) {
        ReleaseTarget target = state.target();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ConfigMap existing = resource(target).get();
            try {
                if (existing == null) {
                    client.configMaps().inNamespace(target.namespace()).resource(configMap(target, null, state))
                            .create();
                    return state;
                }
                ReleaseState current = read(target, existing);
                if (!current.phase().ended()) {
                    throw new ReleaseStateException(TEXT.format("store.running", describe(target),
                            current.releaseId(), current.phase(), current.buildUrl()));
                }
                write(target, existing, state);
                return state;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409) {
                    throw e;
                }
                // created or changed by someone else since the read: look again
            }
        }
        throw conflicts(target);
    }

    /**
     * Applies {@code change} to the stored state and saves the result. On a conflicting write the state is read
     * again and {@code change} applied again, so {@code change} must be a pure function of its argument.
     * A change that returns its argument unchanged writes nothing.
     *
     * @return the state as saved
     * @throws ReleaseStateException when there is no release, or after {@value #MAX_ATTEMPTS} conflicts in a row
     */
    public ReleaseState update(ReleaseTarget target, UnaryOperator<ReleaseState> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ConfigMap existing = resource(target).get();
            if (existing == null) {
                throw new ReleaseStateException(TEXT.format("store.missing", describe(target)));
            }
            ReleaseState current = read(target, existing);
            ReleaseState next = Objects.requireNonNull(change.apply(current), "the changed release state");
            if (next.equals(current)) {
                return current;
            }
            try {
                write(target, existing, next);
                return next;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409) {
                    throw e;
                }
            }
        }
        throw conflicts(target);
    }

    /** Removes the state; {@code false} when there was none. */
    public boolean delete(ReleaseTarget target) {
        return !resource(target).delete().isEmpty();
    }

    /** Replaces {@code existing}'s state, refused with 409 when it changed since it was read. */
    private void write(ReleaseTarget target, ConfigMap existing, ReleaseState state) {
        client.configMaps().inNamespace(target.namespace()).resource(configMap(target, existing, state)).update();
    }

    private static ConfigMap configMap(ReleaseTarget target, ConfigMap existing, ReleaseState state) {
        ConfigMapBuilder builder = existing == null
                ? new ConfigMapBuilder().withNewMetadata().withName(objectName(target))
                        .withNamespace(target.namespace()).endMetadata()
                : new ConfigMapBuilder(existing);
        // the resourceVersion read stays in the metadata: the update is refused if the map changed since
        return builder.editMetadata().addToLabels(labels(target)).endMetadata()
                .addToData(DATA_KEY, ReleaseStateJson.write(state)).build();
    }

    private ReleaseState read(ReleaseTarget target, ConfigMap map) {
        String json = map.getData() == null ? null : map.getData().get(DATA_KEY);
        if (json == null) {
            throw new ReleaseStateException(TEXT.format("store.noData", describe(target), DATA_KEY));
        }
        return ReleaseStateJson.read(json, describe(target));
    }

    private Resource<ConfigMap> resource(ReleaseTarget target) {
        return client.configMaps().inNamespace(target.namespace()).withName(objectName(target));
    }

    private static ReleaseStateException conflicts(ReleaseTarget target) {
        return new ReleaseStateException(TEXT.format("store.conflicts", describe(target), MAX_ATTEMPTS));
    }

    /** How messages name the ConfigMap: {@code ConfigMap shop/skylark-release-orders}. */
    static String describe(ReleaseTarget target) {
        return "ConfigMap " + target.namespace() + "/" + objectName(target);
    }
}
