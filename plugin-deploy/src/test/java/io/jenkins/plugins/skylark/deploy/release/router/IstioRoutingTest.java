package io.jenkins.plugins.skylark.deploy.release.router;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IstioRoutingTest extends RouterClusterCase {
    private static final String ROUTE = """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata: {name: orders, namespace: shop}
            spec:
              hosts: [orders.example.com]
              gateways: [infra/public]
              http:
              - name: static
                match: [{uri: {prefix: /static}}]
                route: [{destination: {host: static}}]
              - name: main
                retries: {attempts: 3}
                route: [{destination: {host: orders.shop.svc.cluster.local, port: {number: 80}}}]
            """;

    private final List<String> log = new ArrayList<>();
    private final TrafficRouting routing = TrafficRoutings.of(client, RouterKind.ISTIO, log::add);
    private final ReleaseTarget target = RouterFixtures.target(RouterKind.ISTIO);

    @BeforeAll
    static void start() {
        startCluster(FakeKubernetes.builder().istio());
    }

    @AfterEach
    void clean() {
        client.genericKubernetesResources("networking.istio.io/v1", "VirtualService").inNamespace(RouterFixtures.NS)
                .delete();
        client.services().inNamespace(RouterFixtures.NS).delete();
    }

    @Test
    void shouldWeighTheStableEntryPutHeaderEntriesFirstAndGiveTheRouteBack() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, ROUTE);
        Map<String, Object> before = spec(route());

        routing.prepare(target);
        routing.setWeight(target, 10);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(10, null, false));
        routing.setWeight(target, 50);
        assertThat(list(list(spec(route()), "http").get(1), "route")).containsExactly(
                Map.of("destination", Map.of("host", "orders.shop.svc.cluster.local", "port", Map.of("number", 80)),
                        "weight", 50),
                Map.of("destination", Map.of("host", "orders-canary.shop.svc.cluster.local",
                        "port", Map.of("number", 80)), "weight", 50));

        ReleaseStep.Match header = new ReleaseStep.Match("x-canary", "true", null);
        routing.setMatch(target, header);
        List<Map<String, Object>> http = list(spec(route()), "http");
        assertThat(http).extracting(entry -> entry.get("name"))
                .containsExactly("skylark-canary-match-0", "static", "main");
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, header, false));
        ReleaseStep.Match cookie = new ReleaseStep.Match(null, null, "canary");
        routing.setMatch(target, cookie);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, cookie, false));

        RouterFixtures.foreignPatch(client, route(), "{\"spec\": {\"hosts\": [\"orders.example.com\", \"shop.example.com\"]}}");
        routing.restoreStable(target);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(0, null, false));
        routing.remove(target);

        GenericKubernetesResource after = route();
        Map<String, Object> expected = new LinkedHashMap<>(before);
        expected.put("hosts", List.of("orders.example.com", "shop.example.com"));
        assertThat(spec(after)).isEqualTo(expected);
        assertThat(after.getMetadata().getAnnotations()).isNullOrEmpty();
    }

    @Test
    void shouldNameAVirtualServiceThatIsMissingOrDoesNotRouteToTheStableService() {
        RouterFixtures.services(client);
        assertThatThrownBy(() -> routing.prepare(target)).isInstanceOf(RoutingException.class)
                .hasMessageStartingWith("VirtualService shop/orders does not exist");
        RouterFixtures.apply(client, ROUTE.replace("host: orders.shop.svc.cluster.local", "host: legacy"));
        assertThatThrownBy(() -> routing.setWeight(target, 10)).isInstanceOf(RoutingException.class)
                .hasMessageStartingWith("VirtualService shop/orders has no route to the stable Service 'orders'");
    }

    private GenericKubernetesResource route() {
        return RouterFixtures.route(client, "networking.istio.io/v1", "VirtualService", "orders");
    }
}
