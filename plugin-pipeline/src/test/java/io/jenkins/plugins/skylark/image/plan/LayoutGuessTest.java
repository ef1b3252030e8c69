package io.jenkins.plugins.skylark.image.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.image.ImageBuildException;
import io.jenkins.plugins.skylark.image.LayerKind;
import io.jenkins.plugins.skylark.image.LayerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutGuessTest {

    @TempDir
    Path workspace;

    @Test
    void shouldGuessTheApplicationJarOfAMavenBuildAndRunItsMainClass() throws Exception {
        Jars.write(workspace, "target/orders-1.0.jar", "shop.Orders");
        Jars.write(workspace, "target/orders-1.0-sources.jar", null);
        Jars.write(workspace, "target/original-orders-1.0.jar", null);
        Jars.write(workspace, "target/dependency/guava.jar", null);

        Layout layout = LayoutGuess.choose(options(null, null, null), workspace);

        assertThat(layout.layers()).containsExactly(
                new LayerSpec("dependencies", LayerKind.DEPENDENCIES, "target/dependency", List.of("**/*.jar"), "/app/libs"),
                new LayerSpec("jar", LayerKind.APPLICATION, "target", List.of("orders-1.0.jar"), "/app"));
        assertThat(layout.entrypoint()).containsExactly("java", "-cp", "/app/orders-1.0.jar:/app/libs/*", "shop.Orders");
        assertThat(layout.java()).isTrue();
        assertThat(layout.description()).contains("target/orders-1.0.jar", "target/dependency", "shop.Orders");
    }

    @Test
    void shouldFallBackToTargetClassesWithoutDependenciesOrEntrypoint() throws Exception {
        Files.createDirectories(workspace.resolve("target/classes/demo"));
        Files.write(workspace.resolve("target/classes/demo/Hello.class"), new byte[] {1});

        Layout layout = LayoutGuess.choose(options(null, null, null), workspace);

        assertThat(layout.layers()).extracting(LayerSpec::name).containsExactly("classes");
        assertThat(layout.entrypoint()).isEmpty();
    }

    @Test
    void shouldTakeAGlobForTheJarAndTheGivenMainClassAndResources() throws Exception {
        Jars.write(workspace, "build/libs/site.jar", "ignored.Main");

        Layout layout = LayoutGuess.choose(new LayoutOptions("build/libs/*.jar", null, "libs", "conf", "site.Main",
                null, null), workspace);

        assertThat(layout.layers()).extracting(LayerSpec::name).containsExactly("dependencies", "resources", "jar");
        assertThat(layout.entrypoint()).containsExactly("java", "-cp", "/app/site.jar:/app/resources:/app/libs/*",
                "site.Main");
    }

    @Test
    void shouldNameEveryJarWhenTheJarPatternIsAmbiguous() throws Exception {
        Jars.write(workspace, "target/a.jar", null);
        Jars.write(workspace, "target/b.jar", null);

        assertThatThrownBy(() -> LayoutGuess.choose(options("target/*.jar", null, null), workspace))
                .isInstanceOf(ImageBuildException.class)
                .hasMessage("jar: the pattern 'target/*.jar' matched several jars (target/a.jar, target/b.jar); "
                        + "name the one to run");
    }

    @Test
    void shouldReportAJarPatternThatMatchedNothing() {
        assertThatThrownBy(() -> LayoutGuess.choose(options("target/*.jar", null, null), workspace))
                .isInstanceOfSatisfying(ImageBuildException.class, e -> assertThat(e.reason())
                        .isEqualTo(ImageBuildException.Reason.PATTERN_MATCHED_NOTHING))
                .hasMessage("jar: the pattern 'target/*.jar' matched no file in the workspace");
    }

    @Test
    void shouldSayWhereItLookedWhenNothingCanBeGuessed() {
        assertThatThrownBy(() -> LayoutGuess.choose(options(null, null, null), workspace))
                .hasMessageContaining("target/*.jar, build/libs/*.jar").hasMessageContaining("target/classes")
                .hasMessageContaining("directory:");
    }

    @Test
    void shouldRefuseAJarPatternThatLeavesTheWorkspace() {
        assertThatThrownBy(() -> LayoutGuess.choose(options("../*.jar", null, null), workspace))
                .hasMessage("jar: '../*.jar' points outside the workspace");
    }

    @Test
    void shouldPutADirectoryIntoTheGivenPathWithoutGuessingJava() throws Exception {
        Layout layout = LayoutGuess.choose(new LayoutOptions(null, null, null, null, null, "public",
                "/usr/share/nginx/html"), workspace);

        assertThat(layout.layers()).containsExactly(new LayerSpec("files", LayerKind.APPLICATION, "public",
                List.of("**/*"), "/usr/share/nginx/html"));
        assertThat(layout.java()).isFalse();
    }

    @Test
    void shouldRefuseOptionsThatContradictEachOther() {
        assertThatThrownBy(() -> LayoutGuess.choose(options("app.jar", "classes", null), workspace))
                .hasMessageStartingWith("jar and classes:");
        assertThatThrownBy(() -> LayoutGuess.choose(options("app.jar", null, "public"), workspace))
                .hasMessageStartingWith("directory:");
        assertThatThrownBy(() -> LayoutGuess.choose(new LayoutOptions(null, null, null, null, null, "public", "srv"),
                workspace)).hasMessage("into: 'srv' must be an absolute path in the image (starting with /)");
    }

    private static LayoutOptions options(String jar, String classes, String directory) {
        return new LayoutOptions(jar, classes, null, null, null, directory, null);
    }
}
