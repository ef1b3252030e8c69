package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformEnumsTest {

    @Test
    void shouldParseTrafficRoutersAsUsersWriteThem() {
        assertThat(TrafficRouter.parse("nginx")).isEqualTo(TrafficRouter.NGINX);
        assertThat(TrafficRouter.parse(" Istio ")).isEqualTo(TrafficRouter.ISTIO);
        assertThat(TrafficRouter.parse("gateway-api")).isEqualTo(TrafficRouter.GATEWAY_API);
        assertThat(TrafficRouter.parse("GATEWAY_API")).isEqualTo(TrafficRouter.GATEWAY_API);
    }

    @Test
    void shouldNameTheUnknownRouterAndTheAcceptedOnes() {
        assertThatThrownBy(() -> TrafficRouter.parse("traefik"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'traefik'")
                .hasMessageContaining("nginx, istio, gateway-api");
    }

    @Test
    void shouldParseRegistryAndWorkloadKinds() {
        assertThat(RegistryKind.parse("harbor")).isEqualTo(RegistryKind.HARBOR);
        assertThat(RegistryKind.parse("OCI")).isEqualTo(RegistryKind.OCI);
        assertThat(WorkloadKind.parse("StatefulSet")).isEqualTo(WorkloadKind.STATEFUL_SET);
        assertThat(WorkloadKind.parse("daemon_set")).isEqualTo(WorkloadKind.DAEMON_SET);
        assertThatThrownBy(() -> WorkloadKind.parse("Job")).hasMessageContaining("Deployment, StatefulSet, DaemonSet");
        assertThatThrownBy(() -> RegistryKind.parse(null)).hasMessageContaining("harbor, oci");
    }

    @Test
    void shouldParseRouteAndChannelKindsAsUsersWriteThem() {
        assertThat(RouteKind.parse(" Gateway ")).isEqualTo(RouteKind.GATEWAY);
        assertThat(RouteKind.parse("INGRESS")).isEqualTo(RouteKind.INGRESS);
        assertThat(ChannelKind.parse("dingtalk")).isEqualTo(ChannelKind.DINGTALK);
        assertThat(ChannelKind.parse("WeCom")).isEqualTo(ChannelKind.WECOM);
        assertThatThrownBy(() -> RouteKind.parse("loadbalancer"))
                .hasMessage("Unknown route kind 'loadbalancer'; use one of: ingress, gateway");
        assertThatThrownBy(() -> ChannelKind.parse(null))
                .hasMessageContaining("dingtalk, wecom, feishu, slack, email, webhook");
    }

    @Test
    void shouldDeriveRegistryEndpointAndImageHost() {
        ImageRegistry bare = new ImageRegistry("r", "harbor.example.com", null, RegistryKind.HARBOR, false);
        ImageRegistry loopback = new ImageRegistry("l", "localhost:5000", null, RegistryKind.OCI, true);
        ImageRegistry withScheme = new ImageRegistry("s", "https://quay.example.com:8443/", null, RegistryKind.OCI, false);

        assertThat(bare.endpoint()).hasToString("https://harbor.example.com");
        assertThat(bare.host()).isEqualTo("harbor.example.com");
        assertThat(loopback.endpoint()).hasToString("http://localhost:5000");
        assertThat(loopback.host()).isEqualTo("localhost:5000");
        assertThat(withScheme.endpoint()).hasToString("https://quay.example.com:8443");
        assertThat(withScheme.host()).isEqualTo("quay.example.com:8443");
    }
}
