package io.jenkins.plugins.skylark.harness.kubernetes;

import static io.jenkins.plugins.skylark.harness.kubernetes.GatewayRoutes.condition;
import static io.jenkins.plugins.skylark.harness.kubernetes.GatewayRoutes.route;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated Gateway API implementation reports on GatewayClasses, Gateways and HTTPRoutes as the spec says. */
class GatewayControllerTest {

    private static final String CONTROLLER = "skylark.jenkins.io/fake-gateway-controller";
    private static final String PUBLIC = "gateway-system/public";

    private static FakeKubernetes fake;
    private static KubernetesClient client;
    private static GatewayRoutes routes;

    @BeforeAll
    static void start() {
        fake = FakeKubernetes.builder().namespaces("shop")
                .gateway("gateway-system", "public", "fake-gateway", "203.0.113.20", "*.apps.example.com")
                .gateway("gateway-system", "internal", "fake-gateway", "lb.internal.example.com").start();
        client = fake.client();
        routes = new GatewayRoutes(client);
        routes.service("orders");
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void shouldAcceptTheGatewayClassAndProgramTheGateways() {
        JsonNode gatewayClass = Fixtures.await(() -> {
            JsonNode c = routes.get("GatewayClass", null, "fake-gateway");
            return condition(c.path("status"), "Accepted").isMissingNode() ? null : c;
        });
        JsonNode gateway = awaitProgrammed("public");
        JsonNode internal = awaitProgrammed("internal");

        assertThat(gatewayClass.path("spec").path("controllerName").asText()).isEqualTo(CONTROLLER);
        assertThat(condition(gatewayClass.path("status"), "Accepted").path("status").asText()).isEqualTo("True");
        assertThat(gateway.path("status").path("addresses").get(0).toString())
                .isEqualTo("{\"type\":\"IPAddress\",\"value\":\"203.0.113.20\"}");
        assertThat(internal.path("status").path("addresses").get(0).toString())
                .isEqualTo("{\"type\":\"Hostname\",\"value\":\"lb.internal.example.com\"}");
        assertThat(condition(gateway.path("status"), "Accepted").path("reason").asText()).isEqualTo("Accepted");
        assertThat(condition(gateway.path("status"), "Programmed").path("reason").asText()).isEqualTo("Programmed");
        JsonNode listener = gateway.path("status").path("listeners").get(0);
        assertThat(listener.path("name").asText()).isEqualTo("http-1");
        assertThat(listener.path("supportedKinds").get(0).path("kind").asText()).isEqualTo("HTTPRoute");
        assertThat(condition(listener, "Programmed").path("status").asText()).isEqualTo("True");
        assertThat(internal.path("status").path("listeners").get(0).path("name").asText()).isEqualTo("http");
    }

    @Test
    void shouldAcceptARouteWhoseHostnameMatchesAWildcardListenerAndResolveItsService() {
        routes.create(route("accepted", List.of("shop.apps.example.com"), "orders", PUBLIC));

        JsonNode route = routes.awaitReported("accepted");

        JsonNode parent = route.path("status").path("parents").get(0);
        assertThat(route.path("status").path("parents")).hasSize(1);
        assertThat(parent.path("controllerName").asText()).isEqualTo(CONTROLLER);
        assertThat(parent.path("parentRef").path("name").asText()).isEqualTo("public");
        assertThat(parent.path("parentRef").path("namespace").asText()).isEqualTo("gateway-system");
        JsonNode accepted = condition(parent, "Accepted");
        assertThat(accepted.path("status").asText()).isEqualTo("True");
        assertThat(accepted.path("reason").asText()).isEqualTo("Accepted");
        assertThat(accepted.path("observedGeneration").asLong()).isEqualTo(1);
        assertThat(accepted.path("lastTransitionTime").asText()).isNotBlank();
        assertThat(accepted.path("message").asText()).isNotBlank();
        JsonNode resolved = condition(parent, "ResolvedRefs");
        assertThat(resolved.path("status").asText()).isEqualTo("True");
        assertThat(resolved.path("reason").asText()).isEqualTo("ResolvedRefs");
        assertThat(route.path("metadata").path("generation").asLong()).as("status writes keep generation")
                .isEqualTo(1);
        Fixtures.await(() -> awaitProgrammed("public").path("status").path("listeners").get(0)
                .path("attachedRoutes").asInt() >= 1 ? Boolean.TRUE : null);
    }

    @Test
    void shouldRefuseARouteWhoseHostnamesMatchNoListener() {
        routes.create(route("elsewhere", List.of("apps.example.com", "shop.example.net"), "orders", PUBLIC));

        JsonNode accepted = condition(routes.awaitReported("elsewhere").path("status").path("parents").get(0),
                "Accepted");

        assertThat(accepted.path("status").asText()).isEqualTo("False");
        assertThat(accepted.path("reason").asText()).isEqualTo("NoMatchingListenerHostname");
    }

    @Test
    void shouldReportAMissingBackendUntilItsServiceExists() {
        routes.create(route("waiting", List.of("pay.apps.example.com"), "payments", PUBLIC));
        JsonNode missing = condition(routes.awaitReported("waiting").path("status").path("parents").get(0),
                "ResolvedRefs");
        assertThat(missing.path("status").asText()).isEqualTo("False");
        assertThat(missing.path("reason").asText()).isEqualTo("BackendNotFound");
        assertThat(missing.path("message").asText()).contains("payments");

        routes.service("payments");

        JsonNode resolved = routes.awaitRoute("waiting", r -> condition(r.path("status").path("parents").get(0),
                "ResolvedRefs").path("status").asText().equals("True"));
        assertThat(condition(resolved.path("status").path("parents").get(0), "ResolvedRefs").path("reason")
                .asText()).isEqualTo("ResolvedRefs");
    }

    @Test
    void shouldWriteNoEntryForAParentRefToAnUnknownGateway() {
        routes.create(route("partly", List.of(), "orders", "gateway-system/missing", "gateway-system/internal"));

        JsonNode parents = routes.awaitReported("partly").path("status").path("parents");

        assertThat(parents).hasSize(1);
        assertThat(parents.get(0).path("parentRef").path("name").asText()).isEqualTo("internal");
    }

    @Test
    void shouldRefuseRoutesFromOtherNamespacesUnlessTheListenerAllowsThem() {
        client.resource(GatewayRoutes.gateway("strict", "fake-gateway")).create();

        JsonNode accepted = condition(routes.awaitReported(routeTo("strict")).path("status").path("parents").get(0),
                "Accepted");

        assertThat(accepted.path("status").asText()).isEqualTo("False");
        assertThat(accepted.path("reason").asText()).isEqualTo("NotAllowedByListeners");
    }

    @Test
    void shouldLeaveRoutesOfGatewaysOfOtherControllersAlone() {
        client.resource(GatewayRoutes.gatewayClass("other-class", "example.net/other-controller")).create();
        client.resource(GatewayRoutes.gateway("foreign", "other-class")).create();
        routes.create(route("foreign-only", List.of(), "orders", "gateway-system/foreign"));
        routes.create(route("sentinel", List.of(), "orders", "gateway-system/internal"));

        routes.awaitReported("sentinel");

        assertThat(routes.route("foreign-only").path("status").path("parents")).isEmpty();
    }

    @Test
    void shouldRefuseARouteMadeToFail() {
        fake.failures().onRoute("shop", "refused", RouteFailure.NOT_ACCEPTED);
        routes.create(route("refused", List.of("shop.apps.example.com"), "orders", PUBLIC));

        JsonNode accepted = condition(routes.awaitReported("refused").path("status").path("parents").get(0),
                "Accepted");

        assertThat(accepted.path("status").asText()).isEqualTo("False");
        assertThat(accepted.path("reason").asText()).isEqualTo("NotAllowedByListeners");
    }

    @Test
    void shouldWriteNoStatusForASilencedRouteUntilTheRuleIsCleared() {
        fake.failures().onRoute("silent", RouteFailure.NO_STATUS);
        routes.create(route("silent", List.of("shop.apps.example.com"), "orders", PUBLIC));
        routes.create(route("heard", List.of("shop.apps.example.com"), "orders", PUBLIC));
        routes.awaitReported("heard");
        assertThat(routes.route("silent").path("status").path("parents")).isEmpty();

        fake.failures().clear("silent");

        assertThat(condition(routes.awaitReported("silent").path("status").path("parents").get(0), "Accepted")
                .path("status").asText()).isEqualTo("True");
    }

    private static String routeTo(String gateway) {
        String name = "to-" + gateway;
        routes.create(route(name, List.of(), "orders", "gateway-system/" + gateway));
        return name;
    }

    private static JsonNode awaitProgrammed(String gateway) {
        return Fixtures.await(() -> {
            JsonNode g = routes.get("Gateway", "gateway-system", gateway);
            return condition(g.path("status"), "Programmed").isMissingNode() ? null : g;
        });
    }
}
