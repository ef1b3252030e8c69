package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulated Gateway API implementation looks at in one pass, listed once: GatewayClasses, Gateways and
 * HTTPRoutes (as JSON trees; empty when the Gateway API CRDs are not installed), the Services that exist and the
 * labels of every namespace (for listeners' {@code allowedRoutes} selectors).
 */
record GatewayObjects(Map<String, ObjectNode> classes, Map<String, ObjectNode> gateways, List<ObjectNode> routes,
        Set<String> services, Map<String, Map<String, String>> namespaceLabels) {

    static final String GROUP = "gateway.networking.k8s.io";

    static GatewayObjects read(KubernetesClient client) {
        Map<String, ObjectNode> classes = new HashMap<>();
        list(client, "GatewayClass").forEach(c -> classes.put(Json.name(c), c));
        Map<String, ObjectNode> gateways = new HashMap<>();
        list(client, "Gateway").forEach(g -> gateways.put(Json.key(g), g));
        List<ObjectNode> routes = classes.isEmpty() ? List.of() : list(client, "HTTPRoute");
        Set<String> services = new HashSet<>();
        Map<String, Map<String, String>> labels = new HashMap<>();
        if (!routes.isEmpty()) {
            client.services().inAnyNamespace().list().getItems().forEach(s -> services.add(
                    s.getMetadata().getNamespace() + "/" + s.getMetadata().getName()));
            client.namespaces().list().getItems().forEach(n -> labels.put(n.getMetadata().getName(),
                    Optional.ofNullable(n.getMetadata().getLabels()).orElse(Map.of())));
        }
        return new GatewayObjects(classes, gateways, routes, services, labels);
    }

    /** The Gateway a route's parentRef names, if it exists and its class is served by {@code controllerName}. */
    Optional<ObjectNode> servedGateway(String namespace, String name, String controllerName) {
        ObjectNode gateway = gateways.get(namespace + "/" + name);
        if (gateway == null) {
            return Optional.empty();
        }
        ObjectNode gatewayClass = classes.get(gateway.path("spec").path("gatewayClassName").asText());
        return gatewayClass != null && controllerName.equals(
                gatewayClass.path("spec").path("controllerName").asText()) ? Optional.of(gateway) : Optional.empty();
    }

    private static List<ObjectNode> list(KubernetesClient client, String kind) {
        ResourceDefinitionContext context = context(kind);
        try {
            List<GenericKubernetesResource> items = context.isNamespaceScoped()
                    ? client.genericKubernetesResources(context).inAnyNamespace().list().getItems()
                    : client.genericKubernetesResources(context).list().getItems();
            return items.stream().map(r -> client.getKubernetesSerialization().convertValue(r, ObjectNode.class))
                    .toList();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of(); // the Gateway API CRDs are not installed
            }
            throw e;
        }
    }

    /** How the client addresses a Gateway API kind, without asking discovery. */
    static ResourceDefinitionContext context(String kind) {
        String plural = kind.equals("GatewayClass") ? "gatewayclasses" : kind.toLowerCase(Locale.ROOT) + "s";
        return new ResourceDefinitionContext.Builder().withGroup(GROUP).withVersion("v1").withPlural(plural)
                .withKind(kind).withNamespaced(!kind.equals("GatewayClass")).build();
    }
}
