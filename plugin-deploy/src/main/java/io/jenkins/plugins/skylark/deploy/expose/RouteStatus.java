package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressLoadBalancerIngress;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a route's {@link RouteState} from its status alone. An HTTPRoute counts only the status entry of
 * our parent Gateway, and only conditions written for its current generation: an older one is about the
 * previous spec.
 */
final class RouteStatus {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(RouteStatus.class);

    private RouteStatus() {
    }

    /** An Ingress is served once it has a load-balancer address (IP or host name). */
    static RouteState ofIngress(Ingress ingress) {
        List<IngressLoadBalancerIngress> addresses = ingress.getStatus() == null
                || ingress.getStatus().getLoadBalancer() == null ? null
                : ingress.getStatus().getLoadBalancer().getIngress();
        if (addresses == null || addresses.isEmpty()) {
            return new RouteState.Pending(TEXT.format("ingress.noAddress"));
        }
        IngressLoadBalancerIngress first = addresses.get(0);
        String address = first.getIp() != null && !first.getIp().isBlank() ? first.getIp() : first.getHostname();
        return address == null || address.isBlank() ? new RouteState.Pending(TEXT.format("ingress.noAddress")) : new RouteState.Ready(address);
    }

    /**
     * An HTTPRoute is served once our Gateway's entry in {@code status.parents} has {@code Accepted} and
     * {@code ResolvedRefs} True, both observed at the route's generation (at least {@code minGeneration}).
     */
    static RouteState ofHttpRoute(GenericKubernetesResource route, Router router, long minGeneration) {
        long generation = Math.max(minGeneration, route.getMetadata().getGeneration() == null ? 0
                : route.getMetadata().getGeneration());
        String namespace = route.getMetadata().getNamespace();
        Map<String, Object> parent = Json.list(Json.map(route.getAdditionalProperties().get("status")).get("parents"))
                .stream().map(Json::map).filter(entry -> isOurs(Json.map(entry.get("parentRef")), router, namespace))
                .findFirst().orElse(null);
        if (parent == null) {
            return new RouteState.Pending(TEXT.format("route.noParentStatus", router.gatewayName()));
        }
        Map<String, Object> accepted = condition(parent, "Accepted", generation);
        Map<String, Object> resolved = condition(parent, "ResolvedRefs", generation);
        if (accepted == null || resolved == null) {
            return new RouteState.Pending(TEXT.format("route.notObserved", router.gatewayName(), generation));
        }
        if (!isTrue(accepted)) {
            return new RouteState.Refused(describe(accepted));
        }
        return isTrue(resolved) ? new RouteState.Ready(null) : new RouteState.Pending(describe(resolved));
    }

    private static boolean isOurs(Map<String, Object> ref, Router router, String routeNamespace) {
        Object refNamespace = ref.getOrDefault("namespace", routeNamespace);
        String gatewayNamespace = router.gatewayNamespace() == null ? routeNamespace : router.gatewayNamespace();
        return router.gatewayName().equals(ref.get("name")) && gatewayNamespace.equals(refNamespace)
                && "Gateway".equals(ref.getOrDefault("kind", "Gateway"));
    }

    /** The condition {@code type}, or {@code null} when missing or written for an older generation. */
    private static Map<String, Object> condition(Map<String, Object> parent, String type, long generation) {
        for (Object item : Json.list(parent.get("conditions"))) {
            Map<String, Object> condition = Json.map(item);
            if (type.equals(condition.get("type"))) {
                Object observed = condition.get("observedGeneration");
                long seen = observed instanceof Number number ? number.longValue() : 0;
                return seen >= generation ? condition : null;
            }
        }
        return null;
    }

    private static boolean isTrue(Map<String, Object> condition) {
        return "True".equals(condition.get("status"));
    }

    /** {@code ResolvedRefs=False BackendNotFound: service "orders" not found}, as the controller wrote it. */
    static String describe(Map<String, Object> condition) {
        String text = condition.get("type") + "=" + condition.get("status") + " " + Objects.toString(condition.get("reason"), "");
        Object message = condition.get("message");
        return message == null || message.toString().isBlank() ? text.strip() : text.strip() + ": " + message;
    }
}
