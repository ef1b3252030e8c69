package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kubectl finds the Gateway API kinds through discovery and applies, lists and waits on them. */
class GatewayKubectlTest {

    @TempDir
    Path dir;
    private FakeKubernetes fake;
    private Kubectl kubectl;

    @BeforeEach
    void start() throws Exception {
        Kubectl.require();
        fake = FakeKubernetes.builder().gateway("gateway-system", "public", "fake-gateway", "203.0.113.20",
                "*.apps.example.com").start();
        Path kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, fake.kubeconfig());
        kubectl = new Kubectl(kubeconfig);
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void shouldApplyAndReadGatewayApiObjectsWithKubectl() throws Exception {
        Path manifest = Path.of(getClass().getResource("route.yaml").toURI());

        assertThat(kubectl.ok("apply", "--server-side", "-f", manifest.toString()))
                .contains("httproute.gateway.networking.k8s.io/web serverside-applied");
        assertThat(kubectl.ok("wait", "httproute/web", "--for=jsonpath={.status.parents[0].conditions[0].reason}"
                + "=Accepted", "--timeout=60s")).contains("condition met");
        assertThat(kubectl.ok("get", "httproute", "web", "-o",
                "jsonpath={.status.parents[0].conditions[1].reason}")).isEqualTo("BackendNotFound");
        assertThat(kubectl.ok("get", "gtw", "-n", "gateway-system", "-o", "jsonpath={.items[0].metadata.name}"))
                .isEqualTo("public");
        assertThat(kubectl.ok("get", "gatewayclasses", "-o", "name"))
                .isEqualTo("gatewayclass.gateway.networking.k8s.io/fake-gateway");
        assertThat(kubectl.ok("api-resources", "--api-group=gateway.networking.k8s.io", "-o", "name"))
                .contains("httproutes.gateway.networking.k8s.io", "gateways.gateway.networking.k8s.io",
                        "gatewayclasses.gateway.networking.k8s.io");
    }
}
