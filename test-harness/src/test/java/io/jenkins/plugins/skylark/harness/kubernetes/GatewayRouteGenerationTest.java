package io.jenkins.plugins.skylark.harness.kubernetes;

import static io.jenkins.plugins.skylark.harness.kubernetes.GatewayRoutes.condition;
import static io.jenkins.plugins.skylark.harness.kubernetes.GatewayRoutes.route;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Route status follows each new generation only after the exposure delay, as a real gateway's does. */
class GatewayRouteGenerationTest {

    private static final Duration DELAY = Duration.ofHours(1);

    private final FakeKubernetes fake = FakeKubernetes.builder().namespaces("shop").exposureDelay(DELAY)
            .gateway("gateway-system", "public", "fake-gateway", "203.0.113.20").start();
    private final KubernetesClient client = fake.client();
    private final GatewayRoutes routes = new GatewayRoutes(client);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldKeepTheOldGenerationsStatusUntilTheDelayPasses() {
        routes.service("orders");
        routes.create(route("web", List.of("a.example.com"), "orders", "gateway-system/public"));
        awaitPasses();
        assertThat(routes.route("web").path("status").path("parents")).as("before the delay").isEmpty();
        fake.clock().advance(DELAY);
        JsonNode first = condition(routes.awaitReported("web").path("status").path("parents").get(0), "Accepted");

        client.genericKubernetesResources(GatewayRoutes.GV, "HTTPRoute").inNamespace("shop").withName("web")
                .edit(r -> withHostnames(r, List.of("b.example.com")));
        awaitPasses();
        JsonNode stale = routes.route("web");
        fake.clock().advance(DELAY);
        JsonNode second = condition(routes.awaitReported("web").path("status").path("parents").get(0), "Accepted");

        assertThat(first.path("observedGeneration").asLong()).isEqualTo(1);
        assertThat(stale.path("metadata").path("generation").asLong()).isEqualTo(2);
        assertThat(condition(stale.path("status").path("parents").get(0), "Accepted").path("observedGeneration")
                .asLong()).as("stale until the delay passes").isEqualTo(1);
        assertThat(second.path("observedGeneration").asLong()).isEqualTo(2);
        assertThat(second.path("lastTransitionTime")).as("status unchanged: no transition")
                .isEqualTo(first.path("lastTransitionTime"));
    }

    @SuppressWarnings("unchecked")
    private static GenericKubernetesResource withHostnames(GenericKubernetesResource r, List<String> hostnames) {
        ((Map<String, Object>) r.getAdditionalProperties().get("spec")).put("hostnames", hostnames);
        return r;
    }

    private void awaitPasses() {
        long target = fake.reconcilePasses() + 3;
        Fixtures.await(() -> fake.reconcilePasses() >= target ? Boolean.TRUE : null);
    }
}
