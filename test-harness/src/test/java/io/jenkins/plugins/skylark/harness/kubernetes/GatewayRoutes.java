package io.jenkins.plugins.skylark.harness.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Builds HTTPRoutes and reads Gateway API objects back as JSON trees, for the gateway tests. */
final class GatewayRoutes {

    static final String GV = "gateway.networking.k8s.io/v1";

    private final KubernetesClient client;

    GatewayRoutes(KubernetesClient client) {
        this.client = client;
    }

    /** An HTTPRoute in {@code shop} to {@code parents} ({@code namespace/name}) with one rule to Service backend. */
    static GenericKubernetesResource route(String name, List<String> hostnames, String backend, String... parents) {
        List<Map<String, Object>> refs = new ArrayList<>();
        for (String p : parents) {
            String[] nsName = p.split("/");
            refs.add(Map.of("name", nsName[1], "namespace", nsName[0]));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("parentRefs", refs);
        spec.put("hostnames", hostnames);
        spec.put("rules", List.of(Map.of("backendRefs", List.of(Map.of("name", backend, "port", 8080)))));
        return new GenericKubernetesResourceBuilder().withApiVersion(GV).withKind("HTTPRoute")
                .withNewMetadata().withName(name).withNamespace("shop").endMetadata()
                .addToAdditionalProperties("spec", spec).build();
    }

    /** A Gateway in {@code gateway-system} with one HTTP listener and default allowedRoutes (same namespace). */
    static GenericKubernetesResource gateway(String name, String gatewayClassName) {
        return new GenericKubernetesResourceBuilder().withApiVersion(GV).withKind("Gateway")
                .withNewMetadata().withName(name).withNamespace("gateway-system").endMetadata()
                .addToAdditionalProperties("spec", Map.of("gatewayClassName", gatewayClassName,
                        "addresses", List.of(Map.of("value", "203.0.113.99")),
                        "listeners", List.of(Map.of("name", "web", "protocol", "HTTP", "port", 80))))
                .build();
    }

    static GenericKubernetesResource gatewayClass(String name, String controllerName) {
        return new GenericKubernetesResourceBuilder().withApiVersion(GV).withKind("GatewayClass")
                .withNewMetadata().withName(name).endMetadata()
                .addToAdditionalProperties("spec", Map.of("controllerName", controllerName)).build();
    }

    GenericKubernetesResource create(GenericKubernetesResource object) {
        return client.resource(object).create();
    }

    void service(String name) {
        client.services().inNamespace("shop").resource(new ServiceBuilder().withNewMetadata().withName(name)
                .endMetadata().withNewSpec().addToSelector("app", name).addNewPort().withPort(8080).endPort().endSpec()
                .build()).create();
    }

    JsonNode get(String kind, String namespace, String name) {
        GenericKubernetesResource r = namespace == null ? client.genericKubernetesResources(GV, kind).withName(name).get()
                : client.genericKubernetesResources(GV, kind).inNamespace(namespace).withName(name).get();
        return client.getKubernetesSerialization().convertValue(r, JsonNode.class);
    }

    JsonNode route(String name) {
        return get("HTTPRoute", "shop", name);
    }

    /** Waits until the route's status satisfies {@code done}, then returns the route. */
    JsonNode awaitRoute(String name, Predicate<JsonNode> done) {
        return Fixtures.await(() -> {
            JsonNode route = route(name);
            return done.test(route) ? route : null;
        });
    }

    /** Waits until the route has a status entry for its current generation. */
    JsonNode awaitReported(String name) {
        return awaitRoute(name, r -> r.path("status").path("parents").size() > 0
                && condition(r.path("status").path("parents").get(0), "Accepted").path("observedGeneration").asLong()
                        == r.path("metadata").path("generation").asLong());
    }

    static JsonNode condition(JsonNode withConditions, String type) {
        for (JsonNode c : withConditions.path("conditions")) {
            if (type.equals(c.path("type").asText())) {
                return c;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
