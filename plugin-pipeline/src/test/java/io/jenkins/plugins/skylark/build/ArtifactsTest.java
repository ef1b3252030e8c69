package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ant-style globs, by-product jars set aside, size and SHA-256 of what is found. */
class ArtifactsTest {
    @TempDir
    Path workspace;

    @Test
    void shouldFingerprintTheApplicationJarAndLeaveTheByProductsOut() throws Exception {
        for (String jar : List.of("app-1.0.jar", "app-1.0-sources.jar", "app-1.0-javadoc.jar", "original-app-1.0.jar",
                "app-1.0-tests.jar")) {
            write("target/" + jar, "abc");
        }

        List<Artifact> found = Artifacts.find(workspace, List.of("target/*.jar"));

        // sha256("abc"), from FIPS 180-2's example
        assertThat(found).containsExactly(new Artifact("target/app-1.0.jar", 3,
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    @Test
    void shouldMatchAnyDepthWithDoubleStarIncludingNoneAndSkipNodeModules() throws Exception {
        write("junit.xml", "x");
        write("packages/web/junit-web.xml", "x");
        write("node_modules/lib/junit.xml", "x");
        write("dist/index.js", "x");
        write("dist/assets/app.css", "x");

        assertThat(AntGlob.find(workspace, List.of("**/junit*.xml"))).containsExactly("junit.xml",
                "packages/web/junit-web.xml");
        assertThat(AntGlob.find(workspace, AntGlob.split("dist/, nothing/*"))).containsExactly("dist/assets/app.css",
                "dist/index.js");
        assertThat(AntGlob.of("target/*.jar").matches("target/sub/app.jar")).isFalse();
    }

    private void write(String path, String content) throws Exception {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
