package io.jenkins.plugins.skylark.image;

import io.jenkins.plugins.skylark.harness.registry.CountingProxy;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints bytes and seconds of a full image push versus the rebuild after a one-class change, against
 * a local docker-registry behind a byte-counting proxy. Not a test: run it by hand (see the report /
 * README for the command). Optional argument: megabytes of dependency jars (default 40).
 */
public final class ImagePushBenchmark {

    private ImagePushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path workspace = Files.createTempDirectory("skylark-image-bench-");
        Path cache = Files.createTempDirectory("skylark-image-bench-cache-");
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, megabytes * 1024 * 1024 / 2);
        try (LocalRegistry registry = LocalRegistry.start(); CountingProxy proxy = CountingProxy.forward(registry.port())) {
            ImageRequest request = app.request().registry(proxy.hostPort()).insecure(true)
                    .cacheDirectory(cache.toString()).build();
            measure("full push", request, proxy);
            app.compile("Hello, changed world");
            measure("one-class rebuild", request, proxy);
        }
    }

    private static void measure(String name, ImageRequest request, CountingProxy proxy) throws Exception {
        long start = System.nanoTime();
        ImageResult result = new ImageEngine().build(request, line -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-18s %6.2f s  engine %,12d bytes  on the wire %,12d bytes  layers sent %d of %d%n",
                name, seconds, result.bytesSent(), proxy.reset(),
                result.layers().stream().filter(LayerResult::sent).count(), result.layers().size());
    }
}
