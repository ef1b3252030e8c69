package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.CANARY;
import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.NS;
import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gateway API HTTPRoute, Istio VirtualService and plain Service routing. */
class RouteTrafficTest extends ShopTrafficCase {

    private static final String GATEWAY = "gateway.networking.k8s.io/v1";
    private static final String ISTIO = "networking.istio.io/v1";

    @Test
    void shouldSplitAnHttpRouteByRelativeBackendWeights() {
        route("weights", "weights.example.com", List.of(rule(null, ref("orders", 3), ref("orders-canary", 1))));
        TrafficClient users = fake.traffic().viaHttpRoute(NS, "weights.example.com", "/");

        TrafficTally tally = users.send(100);

        assertThat(tally.served(STABLE)).isEqualTo(75);
        assertThat(tally.served(CANARY)).isEqualTo(25);
        assertThat(users.shares().get(CANARY)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void shouldSendRequestsMatchingAHeaderRuleToItsBackend() {
        Map<String, Object> headerMatch = Map.of("headers", List.of(Map.of("name", "x-canary", "value", "true")));
        route("header", "header.example.com", List.of(rule(null, ref("orders", 1)),
                rule(List.of(headerMatch), ref("orders-canary", 1))));

        assertThat(fake.traffic().viaHttpRoute(NS, "header.example.com", "/").header("X-Canary", "true").send(10)
                .served(CANARY)).isEqualTo(10);
        assertThat(fake.traffic().viaHttpRoute(NS, "header.example.com", "/").header("x-canary", "false").send(10)
                .served(STABLE)).isEqualTo(10);
    }

    @Test
    void shouldAnswer500WhenAllBackendsWeighZeroAnd404WithoutRoute() {
        route("zero", "zero.example.com", List.of(rule(null, ref("orders", 0))));

        assertThat(fake.traffic().viaHttpRoute(NS, "zero.example.com", "/").send(3).status(500)).isEqualTo(3);
        assertThat(fake.traffic().viaHttpRoute(NS, "unrouted.example.com", "/").send(3).status(404)).isEqualTo(3);
    }

    @Test
    void shouldSplitAVirtualServiceByWeightUsingDestinationRuleSubsets() {
        client.resource(Shop.resource(ISTIO, "DestinationRule", "orders-all", Map.of("host", "orders-all",
                "subsets", List.of(Map.of("name", "stable", "labels", Map.of("track", "stable")),
                        Map.of("name", "canary", "labels", Map.of("track", "canary")))))).create();
        virtualService("split", "split.mesh.example.com", List.of(Map.of("route", List.of(
                destination("orders-all", "stable", 80), destination("orders-all", "canary", 20)))));
        TrafficClient users = fake.traffic().viaVirtualService(NS, "split.mesh.example.com", "/");

        TrafficTally tally = users.send(50);

        assertThat(tally.served(STABLE)).isEqualTo(40);
        assertThat(tally.served(CANARY)).isEqualTo(10);
        assertThat(users.shares().get(STABLE)).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void shouldTakeTheFirstMatchingHttpEntryOfAVirtualService() {
        virtualService("first", "first.mesh.example.com", List.of(
                Map.of("match", List.of(Map.of("headers", Map.of("x-canary", Map.of("exact", "true")))),
                        "route", List.of(destination("orders-canary", null, 100))),
                Map.of("route", List.of(destination("orders", null, 100)))));

        assertThat(fake.traffic().viaVirtualService(NS, "first.mesh.example.com", "/").header("x-canary", "true")
                .send(10).served(CANARY)).isEqualTo(10);
        assertThat(fake.traffic().viaVirtualService(NS, "first.mesh.example.com", "/").send(10).served(STABLE))
                .isEqualTo(10);
    }

    @Test
    void shouldUseTheServiceWhenNoVirtualServiceNamesTheHost() {
        TrafficTally tally = fake.traffic().viaVirtualService(NS, "orders-canary.shop.svc.cluster.local", "/").send(5);

        assertThat(tally.served(CANARY)).isEqualTo(5);
    }

    @Test
    void shouldShareAServiceWithoutRouterByReadyPods() {
        TrafficClient users = fake.traffic().viaService(NS, "orders-all");

        TrafficTally tally = users.send(100);

        assertThat(tally.served(STABLE)).isEqualTo(75);
        assertThat(tally.served(CANARY)).isEqualTo(25);
        assertThat(users.shares()).containsOnlyKeys(STABLE, CANARY);
        assertThat(users.shares().get(CANARY)).isCloseTo(0.25, within(1e-9));
    }

    private static void route(String name, String host, List<Map<String, Object>> rules) {
        client.resource(Shop.resource(GATEWAY, "HTTPRoute", name, Map.of("hostnames", List.of(host),
                "parentRefs", List.of(Map.of("name", "public")), "rules", rules))).create();
    }

    private static Map<String, Object> rule(List<Map<String, Object>> matches, Map<?, ?>... refs) {
        return matches == null ? Map.of("backendRefs", List.of(refs))
                : Map.of("matches", matches, "backendRefs", List.of(refs));
    }

    private static Map<String, Object> ref(String service, int weight) {
        return Map.of("name", service, "port", 80, "weight", weight);
    }

    private static void virtualService(String name, String host, List<Map<String, Object>> http) {
        client.resource(Shop.resource(ISTIO, "VirtualService", name, Map.of("hosts", List.of(host), "http", http)))
                .create();
    }

    private static Map<String, Object> destination(String host, String subset, int weight) {
        Map<String, Object> destination = subset == null ? Map.of("host", host) : Map.of("host", host,
                "subset", subset);
        return Map.of("destination", destination, "weight", weight);
    }
}
