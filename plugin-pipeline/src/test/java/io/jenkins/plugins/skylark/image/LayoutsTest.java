package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutsTest {

    @Test
    void shouldLayOutAJarApplicationWithTheJarLast() {
        List<LayerSpec> layers = Layouts.javaApplication("target/lib", null, null, "target/app.jar");

        assertThat(layers).extracting(LayerSpec::name).containsExactly("dependencies", "jar");
        assertThat(layers.get(1)).isEqualTo(new LayerSpec("jar", LayerKind.APPLICATION, "target", List.of("app.jar"), "/app"));
        assertThat(Layouts.javaEntrypoint("demo.Main", false, "target/app.jar"))
                .containsExactly("java", "-cp", "/app/app.jar:/app/libs/*", "demo.Main");
    }

    @Test
    void shouldLeaveOutTheDependencyLayerWhenThereAreNoDependencies() {
        assertThat(Layouts.javaApplication(null, "res", "classes", null)).extracting(LayerSpec::name)
                .containsExactly("resources", "classes");
    }

    @Test
    void shouldRefuseClassesAndJarTogether() {
        assertThatThrownBy(() -> Layouts.javaApplication("lib", null, "classes", "app.jar"))
                .hasMessage("exactly one of classes and jar must be given");
    }

    @Test
    void shouldTagWithBuildNumberShortCommitAndGivenTags() {
        assertThat(BuildMetadata.tags("42", "abc1234def5678", List.of("release", "42", " ")))
                .containsExactly("42", "abc1234", "release");
    }

    @Test
    void shouldLabelWithCommitAndBuildUrl() {
        assertThat(BuildMetadata.labels("abc1234def", "https://ci/job/a/42/", Map.of("team", "pay")))
                .containsExactly(Map.entry(BuildMetadata.REVISION_LABEL, "abc1234def"),
                        Map.entry(BuildMetadata.BUILD_URL_LABEL, "https://ci/job/a/42/"), Map.entry("team", "pay"));
    }
}
