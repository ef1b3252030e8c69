package io.jenkins.plugins.skylark.image.jenkins;

import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.image.ImageEngine;
import io.jenkins.plugins.skylark.image.ImageRequest;
import io.jenkins.plugins.skylark.image.LayerKind;
import io.jenkins.plugins.skylark.image.LayerSpec;
import io.jenkins.plugins.skylark.image.RegistryCredentials;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** What a Maven build leaves in a workspace, and a base image pushed beforehand (tests reach no internet). */
final class AppWorkspace {
    static final String MAIN_CLASS = "shop.Orders";
    static final String BASE_REPOSITORY = "base/jre";

    private AppWorkspace() {
    }

    /** {@code target/orders-1.0.jar} (with {@code Main-Class}) and {@code target/dependency/json.jar}. */
    static void mavenBuild(Path workspace) throws IOException {
        jar(workspace.resolve("target/orders-1.0.jar"), MAIN_CLASS);
        jar(workspace.resolve("target/dependency/json.jar"), null);
    }

    /** A static site in {@code site/}. */
    static void site(Path workspace) throws IOException {
        Files.createDirectories(workspace.resolve("site/css"));
        Files.writeString(workspace.resolve("site/index.html"), "<h1>orders</h1>");
        Files.writeString(workspace.resolve("site/css/site.css"), "h1 { color: teal; }");
    }

    /** Pushes {@code base/jre:1} (one small layer, built from scratch) and returns its reference. */
    static String pushBase(LocalRegistry registry, RegistryCredentials credentials, Path scratchDirectory) throws Exception {
        Files.createDirectories(scratchDirectory.resolve("rootfs/opt/jre"));
        Files.writeString(scratchDirectory.resolve("rootfs/opt/jre/release"), "JAVA_VERSION=\"17\"");
        ImageRequest request = ImageRequest.builder()
                .workspace(scratchDirectory.toString())
                .layer(new LayerSpec("jre", LayerKind.DEPENDENCIES, "rootfs", List.of("**/*"), "/"))
                .registry(registry.url()).insecure(true).credentials(credentials)
                .repository(BASE_REPOSITORY).tags(List.of("1"))
                .build();
        new ImageEngine().build(request, line -> { });
        return registry.hostPort() + "/" + BASE_REPOSITORY + ":1";
    }

    private static void jar(Path jar, String mainClass) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            JarEntry entry = new JarEntry("data.txt");
            entry.setTime(0);
            jarOut.putNextEntry(entry);
            jarOut.write(jar.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
    }
}
