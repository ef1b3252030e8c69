package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step's tool, else the model's, else the workspace's build file. */
class ToolChoiceTest {
    @TempDir
    Path workspace;

    @Test
    void shouldPreferTheStepThenTheModelThenTheWorkspace() throws Exception {
        Files.writeString(workspace.resolve("pom.xml"), "<project/>");
        Files.writeString(workspace.resolve("package.json"), "{\"scripts\": {\"test\": \"jest\"}}");
        WorkspaceFacts facts = WorkspaceFacts.of(workspace);

        assertThat(ToolChoice.choose("NPM", BuildTool.GRADLE, facts)).isEqualTo(BuildTool.NPM);
        assertThat(ToolChoice.choose(null, BuildTool.GRADLE, facts)).isEqualTo(BuildTool.GRADLE);
        assertThat(ToolChoice.choose(null, null, facts)).isEqualTo(BuildTool.MAVEN);
        assertThat(facts.npmScripts()).containsExactly("test");
    }

    @Test
    void shouldGuessEachToolFromItsBuildFile() throws Exception {
        assertThat(guess("build.gradle.kts")).isEqualTo(BuildTool.GRADLE);
        assertThat(guess("gradlew")).isEqualTo(BuildTool.GRADLE);
        assertThat(guess("package.json")).isEqualTo(BuildTool.NPM);
        assertThat(guess("go.mod")).isEqualTo(BuildTool.GO);
    }

    @Test
    void shouldNameTheFilesLookedForWhenNothingTells() {
        assertThatThrownBy(() -> ToolChoice.choose(null, null, WorkspaceFacts.of(workspace)))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("the workspace has none of pom.xml, build.gradle, build.gradle.kts, "
                        + "package.json, go.mod");
    }

    @Test
    void shouldNameAnUnknownToolAndTheKnownOnes() {
        assertThatThrownBy(() -> ToolChoice.choose("ant", null, WorkspaceFacts.of(workspace)))
                .isInstanceOf(BuildException.class).hasMessageContaining("'ant'").hasMessageContaining("maven");
    }

    @Test
    void shouldNameTheLineOfABrokenPackageJson() throws Exception {
        Files.writeString(workspace.resolve("package.json"), "{\n  \"scripts\": {\n    \"test\": \n}");

        assertThatThrownBy(() -> WorkspaceFacts.of(workspace)).isInstanceOf(BuildException.class)
                .hasMessageStartingWith("Cannot read package.json (line 4)");
    }

    private BuildTool guess(String file) throws Exception {
        Path dir = Files.createTempDirectory(workspace, "ws");
        Files.writeString(dir.resolve(file), file.equals("package.json") ? "{}" : "");
        return ToolChoice.choose(null, null, WorkspaceFacts.of(dir));
    }
}
