package io.jenkins.plugins.skylark.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Pushes a small base image, built FROM scratch by the engine itself, so no test needs the internet. */
final class BaseImages {

    static final String REPOSITORY = "base/runtime";

    private BaseImages() {
    }

    /** Pushes {@code base/runtime:1} (one layer of {@code bytes} random bytes) and returns its digest. */
    static ImageResult push(String registry, Path workspace, int bytes) throws Exception {
        writeRandom(workspace.resolve("rootfs/opt/base/runtime.bin"), bytes);
        ImageRequest request = ImageRequest.builder()
                .workspace(workspace.toString())
                .layer(new LayerSpec("runtime", LayerKind.DEPENDENCIES, "rootfs", List.of("**/*"), "/"))
                .environment(java.util.Map.of("BASE", "runtime"))
                .registry(registry).insecure(true)
                .repository(REPOSITORY).tags(List.of("1"))
                .build();
        return new ImageEngine().build(request, line -> { });
    }

    private static void writeRandom(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] content = new byte[bytes];
        new Random(7).nextBytes(content);
        Files.write(file, content);
    }
}
