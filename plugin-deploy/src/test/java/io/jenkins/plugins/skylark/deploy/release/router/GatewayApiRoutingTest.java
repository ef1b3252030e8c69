package io.jenkins.plugins.skylark.deploy.release.router;

import static io.jenkins.plugins.skylark.deploy.release.router.RouterFixtures.NS;
import static io.jenkins.plugins.skylark.deploy.release.router.RouterFixtures.list;
import static io.jenkins.plugins.skylark.deploy.release.router.RouterFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GatewayApiRoutingTest extends RouterClusterCase {
    static final String ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: orders, namespace: shop, annotations: {owner: shop-team}}
            spec:
              parentRefs: [{name: public, namespace: infra}]
              hostnames: [orders.example.com]
              rules:
              - matches: [{path: {type: PathPrefix, value: /api}, method: GET}]
                backendRefs: [{name: orders, port: 80}]
              - matches: [{path: {type: PathPrefix, value: /static}}]
                backendRefs: [{name: static, port: 80}]
              - backendRefs: [{name: orders, port: 80, weight: 3}]
            """;

    private final List<String> log = new ArrayList<>();
    private final TrafficRouting routing = TrafficRoutings.of(client, RouterKind.GATEWAY_API, log::add);
    private final ReleaseTarget target = RouterFixtures.target(RouterKind.GATEWAY_API);

    @BeforeAll
    static void start() {
        startCluster(FakeKubernetes.builder().gatewayApi());
    }

    @AfterEach
    void clean() {
        client.genericKubernetesResources("gateway.networking.k8s.io/v1", "HTTPRoute").inNamespace(NS).delete();
        client.services().inNamespace(NS).delete();
    }

    @Test
    void shouldSplitTheStableRulesByWeightAndRouteAHeaderByAnExtraRule() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, ROUTE);
        Map<String, Object> before = spec(route());

        routing.prepare(target);
        List<Map<String, Object>> rules = list(spec(route()), "rules");
        assertThat(list(rules.get(0), "backendRefs")).containsExactly(
                Map.of("name", "orders", "port", 80, "weight", 100), Map.of("name", "orders-canary", "port", 80, "weight", 0));
        assertThat(rules.get(1)).isEqualTo(list(before, "rules").get(1));
        assertThat(list(rules.get(2), "backendRefs")).containsExactly(
                Map.of("name", "orders", "port", 80, "weight", 100), Map.of("name", "orders-canary", "port", 80, "weight", 0));
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(0, null, false));

        routing.setWeight(target, 10);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(10, null, false));
        routing.setWeight(target, 50);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, null, false));

        ReleaseStep.Match header = new ReleaseStep.Match("x-canary", "true", null);
        routing.setMatch(target, header);
        rules = list(spec(route()), "rules");
        assertThat(rules).hasSize(5);
        assertThat(rules.get(3)).isEqualTo(Map.of(
                "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/api"), "method", "GET",
                        "headers", List.of(Map.of("type", "Exact", "name", "x-canary", "value", "true")))),
                "backendRefs", List.of(Map.of("name", "orders-canary", "port", 80))));
        assertThat(rules.get(4)).isEqualTo(Map.of(
                "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/"),
                        "headers", List.of(Map.of("type", "Exact", "name", "x-canary", "value", "true")))),
                "backendRefs", List.of(Map.of("name", "orders-canary", "port", 80))));
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, header, false));
        routing.setMatch(target, header);
        assertThat(list(spec(route()), "rules")).hasSize(5);

        routing.restoreStable(target);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(0, null, false));
        assertThat(list(spec(route()), "rules")).hasSize(3);

        routing.remove(target);
        GenericKubernetesResource after = route();
        assertThat(spec(after)).isEqualTo(before);
        assertThat(after.getMetadata().getAnnotations()).isEqualTo(Map.of("owner", "shop-team"));
        assertThat(log).anyMatch(line -> line.equals("HTTPRoute shop/orders: 50 % of the traffic to the canary."));
    }

    @Test
    void shouldKeepAnotherWritersEditsMadeDuringTheRelease() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, ROUTE);
        routing.prepare(target);
        routing.setWeight(target, 10);

        RouterFixtures.foreignPatch(client, route(), """
                {"metadata": {"annotations": {"reviewed": "yes"}},
                 "spec": {"hostnames": ["orders.example.com", "shop.example.com"]}}""");
        routing.setWeight(target, 50);
        routing.setMatch(target, new ReleaseStep.Match("x-canary", "true", null));
        routing.restoreStable(target);
        routing.remove(target);

        GenericKubernetesResource after = route();
        assertThat(spec(after).get("hostnames")).isEqualTo(List.of("orders.example.com", "shop.example.com"));
        assertThat(after.getMetadata().getAnnotations()).containsEntry("reviewed", "yes")
                .doesNotContainKey(InPlaceRouting.ORIGINAL_WEIGHTS);
    }

    @Test
    void shouldRefuseCookiesAndValuelessHeadersBeforeWriting() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, ROUTE);
        routing.prepare(target);
        String version = route().getMetadata().getResourceVersion();

        assertThatThrownBy(() -> routing.setMatch(target, new ReleaseStep.Match(null, null, "canary")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("Cookie routing (cookie 'canary') is not supported with Gateway API");
        assertThatThrownBy(() -> routing.setMatch(target, new ReleaseStep.Match("x-canary", null, null)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("needs a value with Gateway API");
        assertThat(route().getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void shouldNameARouteThatIsMissingOrDoesNotReachTheStableService() {
        RouterFixtures.services(client);
        assertThatThrownBy(() -> routing.prepare(target)).isInstanceOf(RoutingException.class)
                .hasMessageStartingWith("HTTPRoute shop/orders does not exist");
        RouterFixtures.apply(client, ROUTE.replace("name: orders, port", "name: legacy, port"));
        assertThatThrownBy(() -> routing.prepare(target)).isInstanceOf(RoutingException.class)
                .hasMessage("HTTPRoute shop/orders has no route to the stable Service 'orders': the release can only "
                        + "split traffic the route sends to the stable Service.");
        RouterFixtures.apply(client, ROUTE.replace("[{name: orders, port: 80}]",
                "[{name: orders, port: 80}, {name: legacy, port: 80}]"));
        assertThatThrownBy(() -> routing.setWeight(target, 5)).isInstanceOf(RoutingException.class)
                .hasMessageContaining("also to 'legacy'");
        routing.remove(target);
    }

    private GenericKubernetesResource route() {
        return RouterFixtures.route(client, "gateway.networking.k8s.io/v1", "HTTPRoute", "orders");
    }
}
