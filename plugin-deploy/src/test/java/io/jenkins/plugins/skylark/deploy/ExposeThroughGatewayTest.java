package io.jenkins.plugins.skylark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.expose.ExposePath;
import io.jenkins.plugins.skylark.deploy.expose.ExposeRequest;
import io.jenkins.plugins.skylark.deploy.expose.Router;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.kubernetes.RouteFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** platformExpose through the fake cluster's simulated Gateway infra/public: its status decides. */
class ExposeThroughGatewayTest {
    private static final String NS = ExposeEngineTest.NS;

    private final FakeKubernetes cluster = FakeKubernetes.builder().namespaces(NS).speed(30)
            .gateway("infra", "public", "fake", "198.51.100.7").start();
    private final DeployEngine engine = new DeployEngine(cluster.newClient(NS), line -> { }, Clock.systemUTC());
    /** Orders' {@code /api} on {@code orders.shop.example.com} through Gateway {@code infra/public}. */
    static final ExposeRequest REQUEST = new ExposeRequest("orders", NS, List.of("orders.shop.example.com"),
            List.of(ExposePath.prefix("/api")), 8080, null, Router.gateway("public", "infra"), Map.of(), List.of(), false,
            null);

    @AfterEach
    void close() {
        engine.close();
        cluster.close();
    }

    private DeployResult expose(Duration timeout) {
        return engine.applyExpose(REQUEST).then(applied -> engine.awaitExpose(applied,
                ExposeEngineTest.QUICK.withTimeout(timeout)));
    }

    @Test
    void shouldBeServedOnceTheGatewayAcceptedTheRouteAndResolvedItsRefs() {
        awaitGatewayAddress(); // a platform's Gateway is programmed long before applications use it
        DeployResult result = expose(Duration.ofSeconds(30));

        assertThat(result.succeeded()).as(result.message()).isTrue();
        assertThat(result.exposed().url()).isEqualTo("http://orders.shop.example.com/api");
        assertThat(result.exposed().address()).isEqualTo("198.51.100.7");
        assertThat(result.exposed().objects()).containsExactly("Service/orders", "HTTPRoute/orders");
    }

    private void awaitGatewayAddress() {
        try (KubernetesClient client = cluster.newClient(NS)) {
            client.genericKubernetesResources("gateway.networking.k8s.io/v1", "Gateway").inNamespace("infra")
                    .withName("public").waitUntilCondition(gateway -> gateway != null
                            && gateway.getAdditionalProperties().get("status") instanceof Map<?, ?> status
                            && status.get("addresses") instanceof List<?> addresses && !addresses.isEmpty(),
                            30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldStopWithTheGatewaysReasonWhenItRefusesTheRoute() {
        cluster.failures().onRoute(NS, "orders", RouteFailure.NOT_ACCEPTED);

        DeployResult result = expose(Duration.ofSeconds(60));

        assertThat(result.status()).isEqualTo(DeployStatus.FAILED);
        assertThat(result.message()).isEqualTo("HTTPRoute shop-dev/orders is not served: Accepted=False "
                + "NotAllowedByListeners: route refused (failure injection)");
    }

    @Test
    void shouldSayWhenTheGatewayControllerNeverReports() {
        cluster.failures().onRoute(NS, "orders", RouteFailure.NO_STATUS);

        DeployResult result = expose(Duration.ofSeconds(2));

        assertThat(result.message()).isEqualTo("HTTPRoute shop-dev/orders was not served within 2 s: "
                + "Gateway 'public' has not written a status for the route yet.");
    }
}
