package io.jenkins.plugins.skylark.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import org.junit.jupiter.api.Test;

class KubernetesClientsTest {

    @Test
    void shouldSpeakHttp11ToPlainHttpServer() {
        Config config = KubernetesClients.config(ClusterAccess.withToken("http://127.0.0.1:8001", null, false, "t"));

        assertThat(config.isHttp2Disable()).isTrue();
    }

    @Test
    void shouldLeaveHttp2NegotiationToTlsServer() {
        Config config = KubernetesClients.config(ClusterAccess.withToken("https://10.0.0.1:6443", null, false, "t"));

        assertThat(config.isHttp2Disable()).isFalse();
    }

    @Test
    void shouldUseServerFromKubeconfig() {
        Config config = KubernetesClients.config(ClusterAccess.withKubeconfig("""
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "http://127.0.0.1:8001"}}]
                contexts: [{name: c, context: {cluster: c, user: u}}]
                current-context: c
                users: [{name: u, user: {token: t}}]
                """));

        assertThat(config.getMasterUrl()).startsWith("http://127.0.0.1:8001");
        assertThat(config.isHttp2Disable()).isTrue();
    }
}
