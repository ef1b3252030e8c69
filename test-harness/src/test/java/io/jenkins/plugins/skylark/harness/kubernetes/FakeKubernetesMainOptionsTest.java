package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import org.junit.jupiter.api.Test;

/** The standalone fake's exposure options declare ingress controllers and Gateways as the builder does. */
class FakeKubernetesMainOptionsTest {

    @Test
    void shouldDeclareIngressControllersAndGatewaysFromTheCommandLine() {
        try (FakeKubernetes fake = FakeKubernetesMain.parse("--controllers", "false", "--istio", "true",
                "--default-ingress-controller", "nginx=203.0.113.10", "--ingress-controller", "alb=lb.example.com",
                "--gateway", "gateway-system/public=fake-gateway@203.0.113.20,*.apps.example.com,api.example.com")
                .builder().start()) {
            assertThat(fake.client().network().v1().ingressClasses().list().getItems())
                    .extracting(IngressClass::getMetadata).extracting(m -> m.getName())
                    .containsExactlyInAnyOrder("nginx", "alb");
            JsonNode gateway = new GatewayRoutes(fake.client()).get("Gateway", "gateway-system", "public");
            assertThat(gateway.path("spec").path("gatewayClassName").asText()).isEqualTo("fake-gateway");
            assertThat(gateway.path("spec").path("addresses").get(0).path("value").asText())
                    .isEqualTo("203.0.113.20");
            assertThat(gateway.path("spec").path("listeners")).extracting(l -> l.path("hostname").asText())
                    .containsExactly("*.apps.example.com", "api.example.com");
            assertThat(fake.client().getApiGroup("networking.istio.io")).isNotNull();
        }
    }

    @Test
    void shouldNameTheOptionAndTheExpectedFormOnBadValues() {
        assertThatThrownBy(() -> FakeKubernetesMain.parse("--ingress-controller", "nginx"))
                .hasMessageContaining("--ingress-controller needs a value of the form A=B, got 'nginx'");
        assertThatThrownBy(() -> FakeKubernetesMain.parse("--gateway", "public=fake-gateway@203.0.113.20"))
                .hasMessageContaining("--gateway needs NAMESPACE/NAME=CLASS@ADDRESS[,HOSTNAME...], got "
                        + "'public=fake-gateway@203.0.113.20'");
    }
}
