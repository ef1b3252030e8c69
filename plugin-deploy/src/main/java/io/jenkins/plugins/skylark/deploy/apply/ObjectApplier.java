package io.jenkins.plugins.skylark.deploy.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Applies objects tier by tier; inside a tier up to {@code threads} requests run at once. Server-side
 * apply forces conflicts: the manifests are the declared owner of every field they set, and a field
 * last touched by {@code kubectl edit} or an older client-side apply must not leave the environment
 * stuck (fields the manifests do not set, such as HPA-managed replicas, stay with their owners).
 */
public final class ObjectApplier implements AutoCloseable {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ObjectApplier.class);
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;
    private static final int NOT_FOUND = 404;

    private final KubernetesClient client;
    private final ExecutorService pool;
    private final AtomicBoolean serverSideApply = new AtomicBoolean(true);
    private final Function<KubernetesClientException, String> reasons;

    /** @param reasons says in one sentence why the server failed a call (an outage is named with its attempts) */
    public ObjectApplier(KubernetesClient client, int threads, Function<KubernetesClientException, String> reasons) {
        this.client = client;
        this.reasons = reasons;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "skylark-apply");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Applies all objects, answering the server's versions in the same order; stops after the first failing tier. */
    public List<HasMetadata> apply(List<HasMetadata> objects) {
        Map<ApplyTier, List<Integer>> tiers = new EnumMap<>(ApplyTier.class);
        for (int i = 0; i < objects.size(); i++) {
            tiers.computeIfAbsent(ApplyTier.of(objects.get(i)), tier -> new ArrayList<>()).add(i);
        }
        HasMetadata[] applied = new HasMetadata[objects.size()];
        for (List<Integer> tier : tiers.values()) {
            List<Future<HasMetadata>> futures = new ArrayList<>();
            for (int index : tier) {
                HasMetadata object = objects.get(index);
                futures.add(pool.submit((Callable<HasMetadata>) () -> applyOne(object)));
            }
            for (int i = 0; i < tier.size(); i++) {
                applied[tier.get(i)] = await(futures.get(i));
            }
        }
        return List.of(applied);
    }

    private HasMetadata applyOne(HasMetadata object) {
        try {
            if (serverSideApply.get()) {
                try {
                    return client.resource(object).fieldManager(SkylarkLabels.FIELD_MANAGER).forceConflicts()
                            .serverSideApply();
                } catch (KubernetesClientException e) {
                    // 415: an API server without server-side apply (before 1.16, or a test double).
                    // 404 from such a server means "no object to patch"; from a real one (namespace
                    // missing) the create below fails the same way and reports it.
                    if (e.getCode() == UNSUPPORTED_MEDIA_TYPE) {
                        serverSideApply.set(false);
                    } else if (e.getCode() != NOT_FOUND) {
                        throw e;
                    }
                }
            }
            return client.resource(object).createOr(NonDeletingOperation::update);
        } catch (KubernetesClientException e) {
            throw new ApplyException(TEXT.format("apply.refused", object.getKind(), object.getMetadata().getName(),
                    reasons.apply(e)), e);
        }
    }

    private static HasMetadata await(Future<HasMetadata> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
