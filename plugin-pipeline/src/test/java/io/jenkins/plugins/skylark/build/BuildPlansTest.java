package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each tool's command lines, cache variables and usual report and artefact places. */
class BuildPlansTest {
    private static final Path CACHE = Path.of("/agent/skylark-cache");
    private static final WorkspaceFacts NOTHING = new WorkspaceFacts(false, false, false, false, false, Set.of(), false);

    @Test
    void shouldRunMavenBatchWithTheAgentsRepositoryAndCleanVerifyByDefault() throws Exception {
        BuildPlan plan = BuildPlans.of(BuildTool.MAVEN, null, NOTHING, CACHE);

        assertThat(plan.display()).isEqualTo("mvn -B -ntp -Dmaven.repo.local=/agent/skylark-cache/maven clean verify");
        assertThat(plan.reports()).contains("**/target/surefire-reports/TEST-*.xml");
        assertThat(plan.artifacts()).containsExactly("target/*.jar");
    }

    @Test
    void shouldReplaceTheGoalsWithArgsKeepingQuotedWordsTogether() throws Exception {
        BuildPlan plan = BuildPlans.of(BuildTool.MAVEN, "package -Dgreeting=\"hello world\" -P 'ci'", NOTHING, CACHE);

        assertThat(plan.commands().get(0).arguments()).endsWith("package", "-Dgreeting=hello world", "-P", "ci");
    }

    @Test
    void shouldRefuseAnUnclosedQuote() {
        assertThatThrownBy(() -> BuildPlans.of(BuildTool.MAVEN, "verify -Dx='a", NOTHING, CACHE))
                .isInstanceOf(BuildException.class).hasMessage("args has an unclosed quote: verify -Dx='a");
    }

    @Test
    void shouldUseTheGradleWrapperWhenPresentWithoutDaemon() throws Exception {
        WorkspaceFacts wrapper = new WorkspaceFacts(false, true, true, false, false, Set.of(), false);

        assertThat(BuildPlans.of(BuildTool.GRADLE, null, wrapper, CACHE).display()).isEqualTo("./gradlew --no-daemon build");
        BuildPlan plain = BuildPlans.of(BuildTool.GRADLE, "test jar", NOTHING, CACHE);
        assertThat(plain.display()).isEqualTo("gradle --no-daemon test jar");
        assertThat(plain.environment()).containsExactly(Map.entry("GRADLE_USER_HOME", "/agent/skylark-cache/gradle"));
    }

    @Test
    void shouldInstallFromTheLockFileThenBuildAndTestWhenTheScriptsExist() throws Exception {
        WorkspaceFacts locked = new WorkspaceFacts(false, false, false, true, true, Set.of("build", "test"), false);

        BuildPlan plan = BuildPlans.of(BuildTool.NPM, null, locked, CACHE);

        assertThat(plan.commands()).extracting(Command::display).containsExactly("npm ci", "npm run build", "npm test");
        assertThat(plan.environment()).containsEntry("npm_config_cache", "/agent/skylark-cache/npm");
        assertThat(plan.artifacts()).containsExactly("dist/**");
    }

    @Test
    void shouldInstallWithoutALockFileAndSkipScriptsThatDoNotExist() throws Exception {
        WorkspaceFacts bare = new WorkspaceFacts(false, false, false, true, false, Set.of(), false);

        assertThat(BuildPlans.of(BuildTool.NPM, null, bare, CACHE).commands()).extracting(Command::display)
                .containsExactly("npm install");
        assertThat(BuildPlans.of(BuildTool.NPM, "bundle --prod", bare, CACHE).commands()).extracting(Command::display)
                .containsExactly("npm install", "npm run bundle --prod");
    }

    @Test
    void shouldBuildGoBinariesIntoBinAndReadTestsAsJson() throws Exception {
        BuildPlan plan = BuildPlans.of(BuildTool.GO, null, NOTHING, CACHE);

        assertThat(plan.commands()).extracting(Command::display, Command::goTestJson)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("go build -o bin/ ./...", false),
                        org.assertj.core.groups.Tuple.tuple("go test -json ./...", true));
        assertThat(plan.environment()).containsEntry("GOMODCACHE", "/agent/skylark-cache/go/mod")
                .containsEntry("GOCACHE", "/agent/skylark-cache/go/build");
        assertThat(plan.reports()).isEmpty();
        assertThat(plan.artifacts()).isEqualTo(List.of("bin/*"));
    }
}
