package io.jenkins.plugins.skylark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** platformExpose through a Gateway on the fake cluster (the status itself is read as {@code RouteStatusTest} shows). */
class ExposeGatewayTest {
    private static final String NS = ExposeEngineTest.NS;

    private final FakeKubernetes cluster = FakeKubernetes.builder().namespaces(NS, "infra").gatewayApi().start();
    private final DeployEngine engine = new DeployEngine(cluster.newClient(NS), line -> { }, Clock.systemUTC());

    @AfterEach
    void close() {
        engine.close();
        cluster.close();
    }

    @Test
    void shouldApplyTheHttpRouteAndSayWhenNoGatewayReportsOnIt() {
        Progress.Applied applied = (Progress.Applied) engine.applyExpose(ExposeThroughGatewayTest.REQUEST);

        DeployResult result = engine.awaitExpose(applied, ExposeEngineTest.QUICK.withTimeout(Duration.ofSeconds(1)));

        assertThat(applied.route().objects()).containsExactly("Service/orders", "HTTPRoute/orders");
        assertThat(applied.route().url()).isEqualTo("http://orders.shop.example.com/api");
        assertThat(result.status()).isEqualTo(DeployStatus.FAILED);
        assertThat(result.message()).isEqualTo("HTTPRoute shop-dev/orders was not served within 1 s: "
                + "Gateway 'public' has not written a status for the route yet.");
    }
}
