package io.jenkins.plugins.skylark.sonar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanRequestTest {
    private static final Set<String> MAVEN_AFTER_VERIFY = Set.of("pom.xml", "src/main", "src/test", "target/classes",
            "target/surefire-reports", "target/site/jacoco/jacoco.xml");

    @Test
    void shouldPassTheMavenBuildsClassesTestReportsAndCoverage() {
        ScanRequest request = new ScanRequest("http://sonar", "shop_orders", "orders", "1.4.0", null, null, "main",
                null);

        Map<String, String> properties = request.properties(MAVEN_AFTER_VERIFY::contains);

        assertThat(properties).containsEntry("sonar.host.url", "http://sonar")
                .containsEntry("sonar.projectKey", "shop_orders").containsEntry("sonar.projectVersion", "1.4.0")
                .containsEntry("sonar.sources", "src/main").containsEntry("sonar.tests", "src/test")
                .containsEntry("sonar.java.binaries", "target/classes")
                .containsEntry("sonar.junit.reportPaths", "target/surefire-reports")
                .containsEntry("sonar.coverage.jacoco.xmlReportPaths", "target/site/jacoco/jacoco.xml")
                .containsEntry("sonar.branch.name", "main")
                .doesNotContainKeys("sonar.token", "sonar.login", "sonar.pullrequest.key");
    }

    @Test
    void shouldLeaveOutReportsTheBuildDidNotWrite() {
        Map<String, String> properties = new ScanRequest("http://sonar", "k", "n", null, null, BuildTool.MAVEN, null,
                null).properties(Set.of("pom.xml", "src/main")::contains);

        assertThat(properties).doesNotContainKeys("sonar.junit.reportPaths", "sonar.coverage.jacoco.xmlReportPaths",
                "sonar.java.binaries", "sonar.projectVersion", "sonar.branch.name");
    }

    @Test
    void shouldDecorateAPullRequestInsteadOfABranch() {
        ScanRequest request = new ScanRequest("http://sonar", "k", "n", "1", "app,lib", BuildTool.NPM, "feature/x",
                new PullRequest("42", "feature/x", "main"));

        Map<String, String> properties = request.properties(Set.of("coverage/lcov.info")::contains);

        assertThat(properties).containsEntry("sonar.pullrequest.key", "42")
                .containsEntry("sonar.pullrequest.branch", "feature/x").containsEntry("sonar.pullrequest.base", "main")
                .containsEntry("sonar.sources", "app,lib")
                .containsEntry("sonar.javascript.lcov.reportPaths", "coverage/lcov.info")
                .doesNotContainKey("sonar.branch.name");
    }

    @Test
    void shouldGuessTheToolFromTheBuildFile() {
        assertThat(ScanLayout.guess(Set.of("build.gradle.kts")::contains)).isEqualTo(BuildTool.GRADLE);
        assertThat(ScanLayout.guess(Set.of("go.mod")::contains)).isEqualTo(BuildTool.GO);
        assertThat(ScanLayout.guess(Set.of()::contains)).isNull();
        assertThat(ScanLayout.properties(null, Set.of()::contains)).containsExactly(Map.entry("sonar.sources", "."));
    }

    @Test
    void shouldRefuseAPullRequestWithoutItsBranch() {
        assertThatThrownBy(() -> new PullRequest("42", null, "main"))
                .hasMessage("pullRequest 42: the source branch (pullRequestBranch or CHANGE_BRANCH) is missing.");
    }
}
