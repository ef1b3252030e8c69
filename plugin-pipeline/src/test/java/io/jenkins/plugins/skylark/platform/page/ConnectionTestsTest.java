package io.jenkins.plugins.skylark.platform.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import io.jenkins.plugins.skylark.platform.Cluster;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.NamespaceBinding;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Connection tests against a fake API server, the local docker-registry and WireMock: what users read when it fails. */
class ConnectionTestsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void shouldReachAClusterWithItsTokenAndCheckEveryProjectNamespace() {
        try (FakeKubernetes kubernetes = FakeKubernetes.builder().namespaces("shop-dev").start()) {
            Cluster cluster = cluster(kubernetes.url(), false);
            PlatformModel model = modelOwning(new NamespaceBinding("fake", "shop-dev"),
                    new NamespaceBinding("fake", "shop-prod"), new NamespaceBinding("other", "elsewhere"));

            ConnectionResult result = tests(Map.of("fake-token", kubernetes.token())).cluster(cluster, model, Locale.ENGLISH);

            assertThat(result.ok()).isFalse();
            assertThat(result.message()).isEqualTo("Cluster 'fake' answers, but not every project namespace is there.");
            assertThat(result.details()).contains("namespace shop-dev: present", "namespace shop-prod: missing (HTTP 404)")
                    .noneMatch(detail -> detail.contains("elsewhere"));
            assertThat(result.details().get(0)).startsWith("Kubernetes ");

            ConnectionResult present = tests(Map.of("fake-token", kubernetes.token()))
                    .cluster(cluster, modelOwning(new NamespaceBinding("fake", "shop-dev")), Locale.ENGLISH);
            assertThat(present.ok()).isTrue();
            assertThat(present.message()).isEqualTo("Cluster 'fake' answers and accepts the credential.");
        }
    }

    @Test
    void shouldSayTheClusterRefusedAWrongTokenInTheViewersLanguage() {
        try (FakeKubernetes kubernetes = FakeKubernetes.start()) {
            Cluster cluster = cluster(kubernetes.url(), false);

            ConnectionTests tests = tests(Map.of("fake-token", "not-" + kubernetes.token()));

            assertThat(tests.cluster(cluster, PlatformModel.empty(), Locale.ENGLISH).message())
                    .isEqualTo("The credential was rejected (HTTP 401).");
            assertThat(tests.cluster(cluster, PlatformModel.empty(), Locale.SIMPLIFIED_CHINESE).message())
                    .isEqualTo("凭据被拒绝（HTTP 401）。");
        }
    }

    @Test
    void shouldSayNothingAnswersAtAClosedPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        ConnectionResult result = tests(Map.of("fake-token", "t"))
                .cluster(cluster("http://127.0.0.1:" + port, false), PlatformModel.empty(), Locale.ENGLISH);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).startsWith("Unreachable: nothing answers at 127.0.0.1:" + port);
    }

    @Test
    void shouldNameATlsFailureAndReachTheServerWhenTheClusterSkipsVerification() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
        server.start();
        try {
            server.stubFor(get(urlPathEqualTo("/version")).withHeader("Authorization", equalTo("Bearer t"))
                    .willReturn(aResponse().withStatus(200).withBody("{\"gitVersion\":\"v1.31.2\"}")));
            String url = "https://localhost:" + server.httpsPort();

            ConnectionResult untrusted = tests(Map.of("fake-token", "t")).cluster(cluster(url, false), PlatformModel.empty(),
                    Locale.ENGLISH);
            ConnectionResult skipping = tests(Map.of("fake-token", "t")).cluster(cluster(url, true), PlatformModel.empty(),
                    Locale.ENGLISH);

            assertThat(untrusted.ok()).isFalse();
            assertThat(untrusted.message()).startsWith("TLS failed with localhost:" + server.httpsPort())
                    .endsWith("Set the CA certificate that signed the server's certificate.");
            assertThat(skipping.ok()).isTrue();
            assertThat(skipping.details()).containsExactly("Kubernetes v1.31.2");
        } finally {
            server.stop();
        }
    }

    @Test
    void shouldNameAMissingCredentialWithoutCallingTheServer() {
        ConnectionResult result = new ConnectionTests(new MapSecrets(Map.of()), TIMEOUT)
                .cluster(cluster("http://127.0.0.1:1", false), PlatformModel.empty(), Locale.ENGLISH);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("no credential 'fake-token'");
    }

    @Test
    @RequiresRegistry
    void shouldPingTheLocalRegistryWithItsLoginAndSayWhenTheLoginIsWrongOrMissing() throws Exception {
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth("robot", "s3cret")) {
            ImageRegistry insecure = new ImageRegistry("local", registry.url(), "robot-login", RegistryKind.OCI, true);

            ConnectionResult ok = tests(Map.of("robot-login", "robot:s3cret")).registry(insecure, Locale.ENGLISH);
            ConnectionResult wrong = tests(Map.of("robot-login", "robot:guess")).registry(insecure, Locale.ENGLISH);
            ConnectionResult anonymous = tests(Map.of()).registry(
                    new ImageRegistry("local", registry.url(), null, RegistryKind.OCI, true), Locale.ENGLISH);
            ConnectionResult verified = tests(Map.of("robot-login", "robot:s3cret")).registry(
                    new ImageRegistry("local", registry.url(), "robot-login", RegistryKind.OCI, false), Locale.ENGLISH);

            assertThat(ok.ok()).isTrue();
            assertThat(ok.message()).isEqualTo("Registry 'local' answers the registry API and accepts the credential.");
            assertThat(ok.details()).containsExactly("API version: registry/2.0");
            assertThat(wrong.message()).isEqualTo("The credential was rejected (HTTP 401).");
            assertThat(anonymous.message()).isEqualTo("The registry asks for a login (HTTP 401), and none is configured.");
            assertThat(verified.message()).startsWith("TLS failed with 127.0.0.1:" + registry.port());
        }
    }

    @Test
    void shouldSignInThroughTheRegistrysTokenRealmAsHarborAsks() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        try {
            String realm = "http://127.0.0.1:" + server.port() + "/service/token";
            server.stubFor(get(urlPathEqualTo("/v2/")).willReturn(aResponse().withStatus(401)
                    .withHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"harbor-registry\"")));
            server.stubFor(get(urlPathEqualTo("/v2/")).withHeader("Authorization", equalTo("Bearer tok-1"))
                    .willReturn(aResponse().withStatus(200).withHeader("Docker-Distribution-API-Version", "registry/2.0")));
            server.stubFor(get(urlPathEqualTo("/service/token")).withQueryParam("service", equalTo("harbor-registry"))
                    .withBasicAuth("robot$shop", "pw").willReturn(aResponse().withStatus(200).withBody("{\"token\":\"tok-1\"}")));
            server.stubFor(get(urlPathEqualTo("/service/token")).withBasicAuth("robot$shop", "bad")
                    .willReturn(aResponse().withStatus(401)));
            ImageRegistry harbor = new ImageRegistry("harbor", "http://127.0.0.1:" + server.port(), "robot",
                    RegistryKind.HARBOR, true);

            assertThat(tests(Map.of("robot", "robot$shop:pw")).registry(harbor, Locale.ENGLISH).ok()).isTrue();
            ConnectionResult refused = tests(Map.of("robot", "robot$shop:bad")).registry(harbor, Locale.ENGLISH);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.message()).isEqualTo("The credential was rejected (HTTP 401).");
        } finally {
            server.stop();
        }
    }

    private static Cluster cluster(String url, boolean skipTls) {
        return new Cluster("fake", null, url, null, skipTls, "fake-token", Map.of(), Set.of());
    }

    private static PlatformModel modelOwning(NamespaceBinding... namespaces) {
        return new PlatformModel(List.of(), List.of(), List.of(new Project("shop", null, null, List.of(namespaces), null,
                null)), List.of(), List.of());
    }

    private static ConnectionTests tests(Map<String, String> secrets) {
        return new ConnectionTests(new MapSecrets(secrets), TIMEOUT);
    }

    /** Credentials by id: a token, or {@code user:password}. */
    private record MapSecrets(Map<String, String> values) implements ConnectionTests.Secrets {
        @Override
        public String clusterToken(String credentialsId) {
            return value(credentialsId);
        }

        @Override
        public ConnectionTests.Login registryLogin(String credentialsId) {
            String value = value(credentialsId);
            return new ConnectionTests.Login(value.substring(0, value.indexOf(':')), value.substring(value.indexOf(':') + 1));
        }

        private String value(String credentialsId) {
            if (!values.containsKey(credentialsId)) {
                throw new IllegalArgumentException("no credential '" + credentialsId + "'");
            }
            return values.get(credentialsId);
        }
    }
}
