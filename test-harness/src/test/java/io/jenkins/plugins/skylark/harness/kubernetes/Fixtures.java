package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/** Test fixtures: manifests next to the tests, applied server-side as the deploy engine does. */
final class Fixtures {

    private Fixtures() {
    }

    static <T extends HasMetadata> T load(KubernetesClient client, String file, Class<T> type) {
        try (InputStream in = Fixtures.class.getResourceAsStream(file)) {
            return client.getKubernetesSerialization().unmarshal(in, type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Deployment apply(KubernetesClient client, String file) {
        return apply(client, load(client, file, Deployment.class));
    }

    static <T extends HasMetadata> T apply(KubernetesClient client, T object) {
        return client.resource(object).fieldManager("skylark").forceConflicts().serverSideApply();
    }

    /** Waits (generously; the fake is fast) until the rollout of the deployment's current generation is done. */
    static Deployment awaitRollout(KubernetesClient client, Deployment d) {
        return client.apps().deployments().inNamespace(d.getMetadata().getNamespace())
                .withName(d.getMetadata().getName()).waitUntilCondition(Fixtures::rolledOut, 30, TimeUnit.SECONDS);
    }

    static boolean rolledOut(Deployment d) {
        if (d == null || d.getStatus() == null || d.getStatus().getObservedGeneration() == null) {
            return false;
        }
        int desired = d.getSpec().getReplicas();
        return d.getStatus().getObservedGeneration() >= d.getMetadata().getGeneration()
                && orZero(d.getStatus().getUpdatedReplicas()) == desired
                && orZero(d.getStatus().getReplicas()) == desired
                && orZero(d.getStatus().getAvailableReplicas()) == desired;
    }

    /** Polls (every 50 ms, up to 30 s) until the supplier returns non-null; the fake usually needs well under 1 s. */
    static <T> T await(java.util.function.Supplier<T> probe) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("condition not reached within 30 s");
    }

    static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
