package io.jenkins.plugins.skylark.image.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small jars into a test workspace. */
final class Jars {
    private Jars() {
    }

    /** An empty jar at {@code workspace/path}, with {@code Main-Class} in its manifest unless {@code null}. */
    static Path write(Path workspace, String path, String mainClass) throws IOException {
        Path jar = workspace.resolve(path);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
