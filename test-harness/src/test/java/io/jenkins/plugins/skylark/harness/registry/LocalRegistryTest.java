package io.jenkins.plugins.skylark.harness.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@RequiresRegistry
class LocalRegistryTest {

    @Test
    void shouldAnswerTheV2EndpointOverPlainHttp() throws Exception {
        try (LocalRegistry registry = LocalRegistry.start()) {
            assertThat(registry.url()).isEqualTo("http://127.0.0.1:" + registry.port());
            assertThat(registry.get("/v2/").status()).isEqualTo(200);
        }
    }

    @Test
    void shouldAcceptOnlyTheConfiguredPasswordOverTls() throws Exception {
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth("builder", "s3cret")) {
            assertThat(registry.url()).startsWith("https://");
            assertThat(registry.get("/v2/").status()).isEqualTo(200);
            assertThat(statusWith(registry, "builder:wrong")).isEqualTo(401);
            assertThat(statusWith(registry, null)).isEqualTo(401);
        }
    }

    @Test
    void shouldStopAndDeleteItsStorageWhenClosed() throws Exception {
        LocalRegistry registry = LocalRegistry.start();
        Path directory = registry.directory();
        assertThat(directory.resolve("config.yml")).exists();

        registry.close();

        assertThat(directory).doesNotExist();
        assertThatThrownBy(() -> registry.get("/v2/")).isInstanceOf(IOException.class);
    }

    @Test
    void shouldNameTheMissingBinary() {
        String previous = System.setProperty(LocalRegistry.BINARY_PROPERTY, "/nonexistent/docker-registry");
        try {
            assertThatThrownBy(LocalRegistry::start)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("/nonexistent/docker-registry")
                    .hasMessageContaining("apt-get install -y docker-registry");
        } finally {
            System.setProperty(LocalRegistry.BINARY_PROPERTY, previous == null ? "/usr/bin/docker-registry" : previous);
        }
    }

    private static int statusWith(LocalRegistry registry, String userAndPassword) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url() + "/v2/"));
        if (userAndPassword != null) {
            String basic = Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        HttpClient client = HttpClient.newBuilder().sslContext(registry.sslContext()).build();
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
