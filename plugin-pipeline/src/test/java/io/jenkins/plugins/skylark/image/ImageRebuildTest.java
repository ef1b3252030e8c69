package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.registry.CountingProxy;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds after a one-class change and counts what goes over the wire with a TCP proxy in front of
 * the registry, next to what the engine reports.
 */
@RequiresRegistry
class ImageRebuildTest {

    /** Generous bound for what is not blob content: HTTP headers, existence checks, manifests. */
    private static final long PROTOCOL_OVERHEAD = 30_000;
    private static final int DEPENDENCY_BYTES = 200_000;
    private static final int BASE_BYTES = 300_000;

    @TempDir
    Path workspace;

    @TempDir
    Path baseWorkspace;

    @TempDir
    Path cache;

    @Test
    void shouldResendOnlyTheApplicationLayerAfterAOneClassChange() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, DEPENDENCY_BYTES);
        try (LocalRegistry registry = LocalRegistry.start(); CountingProxy proxy = CountingProxy.forward(registry.port())) {
            BaseImages.push(registry.hostPort(), baseWorkspace, BASE_BYTES);
            ImageRequest request = app.request()
                    .baseImage(proxy.hostPort() + "/" + BaseImages.REPOSITORY + ":1")
                    .registry(proxy.hostPort()).insecure(true).cacheDirectory(cache.toString())
                    .build();

            ImageResult first = new ImageEngine().build(request, line -> { });
            long firstOnWire = proxy.reset();
            app.compile("Hello, changed world");
            ImageResult second = new ImageEngine().build(request, line -> { });
            long secondOnWire = proxy.reset();

            assertThat(first.layers()).allMatch(LayerResult::sent);
            assertThat(second.layers()).extracting(LayerResult::sent).containsExactly(false, false, true);
            LayerResult classes = second.layers().get(2);
            assertThat(second.bytesSent()).isGreaterThan(classes.size()).isLessThan(classes.size() + 5_000);
            assertThat(secondOnWire).isBetween(second.bytesSent(), second.bytesSent() + PROTOCOL_OVERHEAD);
            assertThat(secondOnWire).isLessThan(DEPENDENCY_BYTES);
            // The base image's layer was mounted from its repository, never uploaded again.
            assertThat(firstOnWire).isBetween(first.bytesSent(), first.bytesSent() + PROTOCOL_OVERHEAD);
            assertThat(first.bytesSent()).isGreaterThan(2L * DEPENDENCY_BYTES).isLessThan(BASE_BYTES + 2L * DEPENDENCY_BYTES);
            assertThat(PulledImage.pull(registry, "demo/hello", "latest").layerDigests()).hasSize(4)
                    .endsWith(second.layers().stream().map(LayerResult::digest).toArray(String[]::new));
        }
    }

    @Test
    void shouldSendNothingButTheManifestWhenNothingChanged() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, DEPENDENCY_BYTES);
        try (LocalRegistry registry = LocalRegistry.start()) {
            ImageRequest request = app.request().registry(registry.hostPort()).insecure(true)
                    .cacheDirectory(cache.toString()).tags(List.of("1")).build();

            ImageResult first = new ImageEngine().build(request, line -> { });
            ImageResult again = new ImageEngine().build(request, line -> { });

            assertThat(again.digest()).isEqualTo(first.digest());
            assertThat(again.bytesSent()).isZero();
            assertThat(again.layers()).noneMatch(LayerResult::sent);
            assertThat(List.of(first.layers().size(), again.layers().size())).containsOnly(3);
        }
    }
}
