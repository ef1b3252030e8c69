package io.jenkins.plugins.skylark.deploy.expose;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A route's state as its controller's status says it: only our Gateway's entry, only for the current generation. */
class RouteStatusTest {
    private static final Router PUBLIC = Router.gateway("public", "infra");

    @Test
    void shouldBeReadyOnceAcceptedAndResolvedAtTheCurrentGeneration() {
        assertThat(RouteStatus.ofHttpRoute(route(2, parent("public", "infra", 2, "True", "Accepted", "True", "ResolvedRefs", "")), PUBLIC, 2))
                .isEqualTo(new RouteState.Ready(null));
    }

    @Test
    void shouldGiveTheControllersReasonWhileRefsDoNotResolve() {
        assertThat(RouteStatus.ofHttpRoute(route(1, parent("public", "infra", 1, "True", "Accepted", "False",
                "BackendNotFound", "Service \"orders\" not found")), PUBLIC, 1))
                .isEqualTo(new RouteState.Pending("ResolvedRefs=False BackendNotFound: Service \"orders\" not found"));
    }

    @Test
    void shouldBeRefusedWhenNotAccepted() {
        assertThat(RouteStatus.ofHttpRoute(route(1, parent("public", "infra", 1, "False", "NotAllowedByListeners",
                "True", "ResolvedRefs", "no listener allows shop-dev")), PUBLIC, 1))
                .isEqualTo(new RouteState.Refused("Accepted=False NotAllowedByListeners: no listener allows shop-dev"));
    }

    @Test
    void shouldNotTrustAnOlderGenerationOrAnotherGatewaysEntry() {
        GenericKubernetesResource stale = route(3, parent("public", "infra", 2, "True", "Accepted", "True", "ResolvedRefs", ""));
        GenericKubernetesResource other = route(1, parent("internal", "infra", 1, "True", "Accepted", "True", "ResolvedRefs", ""));

        assertThat(RouteStatus.ofHttpRoute(stale, PUBLIC, 1)).isInstanceOf(RouteState.Pending.class);
        assertThat(RouteStatus.ofHttpRoute(route(2, parent("public", "infra", 2, "True", "Accepted", "True", "ResolvedRefs", "")), PUBLIC, 3))
                .as("the written generation is a floor").isInstanceOf(RouteState.Pending.class);
        assertThat(RouteStatus.ofHttpRoute(other, PUBLIC, 1))
                .isEqualTo(new RouteState.Pending("Gateway 'public' has not written a status for the route yet"));
    }

    @Test
    void shouldTakeAnIngressIpOrHostName() {
        assertThat(RouteStatus.ofIngress(new IngressBuilder().withNewStatus().withNewLoadBalancer().addNewIngress()
                .withHostname("lb.example.com").endIngress().endLoadBalancer().endStatus().build()))
                .isEqualTo(new RouteState.Ready("lb.example.com"));
        assertThat(RouteStatus.ofIngress(new IngressBuilder().build())).isInstanceOf(RouteState.Pending.class);
    }

    private static Map<String, Object> parent(String gateway, String namespace, long generation, String accepted,
            String acceptedReason, String resolved, String resolvedReason, String message) {
        return Map.of("parentRef", Map.of("name", gateway, "namespace", namespace), "conditions", List.of(
                Map.of("type", "Accepted", "status", accepted, "reason", acceptedReason,
                        "message", "True".equals(accepted) ? "" : message, "observedGeneration", generation),
                Map.of("type", "ResolvedRefs", "status", resolved, "reason", resolvedReason,
                        "message", "True".equals(resolved) ? "" : message, "observedGeneration", generation)));
    }

    private static GenericKubernetesResource route(long generation, Map<String, Object> parent) {
        GenericKubernetesResource route = new GenericKubernetesResource();
        route.setMetadata(new ObjectMetaBuilder().withName("orders").withNamespace("shop-dev").withGeneration(generation)
                .build());
        route.setAdditionalProperty("status", Map.of("parents", List.of(parent)));
        return route;
    }
}
