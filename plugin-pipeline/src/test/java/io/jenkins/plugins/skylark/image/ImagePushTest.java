package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushes to a real registry and reads the image back with plain HTTP. */
@RequiresRegistry
class ImagePushTest {

    @TempDir
    Path workspace;

    @TempDir
    Path cache;

    @Test
    void shouldPushAnImageWhoseManifestLayersLabelsAndEntrypointReadBackAsBuilt() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 5_000);
        try (LocalRegistry registry = LocalRegistry.start()) {
            ImageRequest request = app.request()
                    .registry(registry.hostPort()).insecure(true).cacheDirectory(cache.toString())
                    .tags(List.of("42", "abc1234"))
                    .labels(Map.of("org.opencontainers.image.revision", "abc1234def",
                            "io.jenkins.skylark.build-url", "https://ci.example.com/job/hello/42/"))
                    .build();

            ImageResult result = new ImageEngine().build(request, line -> { });

            PulledImage pulled = PulledImage.pull(registry, "demo/hello", "42");
            assertThat(result.reference()).isEqualTo(registry.hostPort() + "/demo/hello@" + pulled.manifestDigest());
            assertThat(result.tags()).containsExactly("42", "abc1234");
            assertThat(PulledImage.pull(registry, "demo/hello", "abc1234").manifestDigest()).isEqualTo(result.digest());
            assertThat(pulled.layerDigests())
                    .containsExactlyElementsOf(result.layers().stream().map(LayerResult::digest).toList());
            assertThat(pulled.containerConfig().path("Labels").path("org.opencontainers.image.revision").asText())
                    .isEqualTo("abc1234def");
            assertThat(pulled.containerConfig().path("Entrypoint").toString())
                    .isEqualTo("[\"java\",\"-cp\",\"/app/classes:/app/resources:/app/libs/*\",\"demo.Hello\"]");
            assertThat(pulled.containerConfig().path("ExposedPorts").has("8080/tcp")).isTrue();
            assertThat(pulled.containerConfig().path("WorkingDir").asText()).isEqualTo("/app");
        }
    }

    @Test
    void shouldPushWithCredentialsOverTlsAndReportEveryLayerAsSent() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 5_000);
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth("builder", "pa55-w0rd")) {
            List<String> progress = new ArrayList<>();
            ImageRequest request = app.request()
                    .registry(registry.url()).insecure(true).cacheDirectory(cache.toString())
                    .credentials(new RegistryCredentials("builder", "pa55-w0rd".toCharArray()))
                    .build();

            ImageResult result = new ImageEngine().build(request, progress::add);

            assertThat(PulledImage.pull(registry, "demo/hello", "latest").manifestDigest()).isEqualTo(result.digest());
            assertThat(result.layers()).allMatch(LayerResult::sent);
            assertThat(result.bytesSent()).isGreaterThan(result.layers().stream().mapToLong(LayerResult::size).sum());
            assertThat(progress).isNotEmpty().noneMatch(line -> line.contains("pa55-w0rd"));
        }
    }
}
