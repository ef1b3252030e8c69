package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The objects of one namespace the routers read, listed once (lazily, per kind) and then reused for every request
 * of a batch, as a proxy works from its last synchronised configuration. Kinds whose CRDs are not installed read
 * as empty.
 */
final class ClusterView {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;
    private final String namespace;
    private final Map<String, Object> cache = new HashMap<>();

    ClusterView(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    String namespace() {
        return namespace;
    }

    List<Ingress> ingresses() {
        return cached("ingresses", () -> sorted(client.network().v1().ingresses().inNamespace(namespace).list()
                .getItems()));
    }

    Optional<Service> service(String name) {
        List<Service> services = cached("services", () -> client.services().inNamespace(namespace).list().getItems());
        return services.stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst();
    }

    /** {@code spec} of each object of a custom kind (name → spec), in name order; empty when not served. */
    Map<String, JsonNode> specs(String apiVersion, String kind) {
        return cached(kind, () -> {
            Map<String, JsonNode> specs = new java.util.LinkedHashMap<>();
            try {
                sorted(client.genericKubernetesResources(apiVersion, kind).inNamespace(namespace).list().getItems())
                        .forEach(r -> specs.put(r.getMetadata().getName(), spec(r)));
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    throw e;
                }
            }
            return specs;
        });
    }

    /**
     * The endpoints of a Service, as its EndpointSlices would list them: ready, not terminating pods matching its
     * selector and the extra (subset) labels, in name order. A Service without selector has none.
     */
    List<Pod> readyPods(String serviceName, Map<String, String> subsetLabels) {
        Optional<Service> service = service(serviceName);
        if (service.isEmpty() || service.get().getSpec().getSelector() == null
                || service.get().getSpec().getSelector().isEmpty()) {
            return List.of();
        }
        Map<String, String> wanted = new HashMap<>(service.get().getSpec().getSelector());
        wanted.putAll(subsetLabels);
        return pods().stream().filter(ClusterView::ready)
                .filter(p -> p.getMetadata().getLabels() != null
                        && p.getMetadata().getLabels().entrySet().containsAll(wanted.entrySet()))
                .toList();
    }

    /** The workload a pod belongs to: its Deployment (through its ReplicaSet), other controller, or itself. */
    Version versionOf(Pod pod) {
        Optional<OwnerReference> owner = controllerOf(pod.getMetadata().getOwnerReferences());
        if (owner.isEmpty()) {
            return new Version(namespace, pod.getMetadata().getName());
        }
        if (!"ReplicaSet".equals(owner.get().getKind())) {
            return new Version(namespace, owner.get().getName());
        }
        List<ReplicaSet> sets = cached("replicasets", () -> client.apps().replicaSets().inNamespace(namespace).list()
                .getItems());
        String workload = sets.stream().filter(rs -> rs.getMetadata().getUid().equals(owner.get().getUid()))
                .findFirst().flatMap(rs -> controllerOf(rs.getMetadata().getOwnerReferences()))
                .map(OwnerReference::getName).orElse(owner.get().getName());
        return new Version(namespace, workload);
    }

    private List<Pod> pods() {
        return cached("pods", () -> sorted(client.pods().inNamespace(namespace).list().getItems()));
    }

    static boolean ready(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() == null && pod.getStatus() != null
                && pod.getStatus().getConditions().stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static Optional<OwnerReference> controllerOf(List<OwnerReference> refs) {
        return refs.stream().filter(r -> Boolean.TRUE.equals(r.getController())).findFirst();
    }

    private static JsonNode spec(GenericKubernetesResource r) {
        return JSON.valueToTree(r.getAdditionalProperties().getOrDefault("spec", Map.of()));
    }

    private static <T extends io.fabric8.kubernetes.api.model.HasMetadata> List<T> sorted(List<T> items) {
        return items.stream().sorted(Comparator.comparing(i -> i.getMetadata().getName())).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> read) {
        return (T) cache.computeIfAbsent(key, k -> read.get());
    }
}
