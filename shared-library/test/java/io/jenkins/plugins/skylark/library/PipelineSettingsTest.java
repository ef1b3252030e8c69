package io.jenkins.plugins.skylark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import groovy.lang.GroovyClassLoader;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineSettingsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> settings(Map<String, Object> config) throws Exception {
        try (GroovyClassLoader loader = new GroovyClassLoader(PipelineSettingsTest.class.getClassLoader())) {
            loader.addClasspath(Path.of("src").toAbsolutePath().toString()); // as Jenkins loads the library's src/
            Class<?> type = loader.parseClass(Path.of("src/io/jenkins/plugins/skylark/library/PipelineSettings.groovy").toFile());
            try {
                return (Map<String, Object>) type.getMethod("from", Map.class).invoke(null, config);
            } catch (InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
        }
    }

    @Test
    void shouldCompleteAShortMapWithDefaults() throws Exception {
        Map<String, Object> settings = settings(Map.of("project", "shop", "application", "orders",
                "environments", List.of("dev", "staging")));

        assertThat(settings).containsEntry("build", Map.of("application", "orders"))
                .containsEntry("buildCommand", "")
                .containsEntry("scan", null)
                .containsEntry("imageScan", null)
                .containsEntry("jira", null)
                .containsEntry("junit", null)
                .containsEntry("manifests", "k8s/")
                .containsEntry("approval", true)
                .containsEntry("reportEnvironment", "staging")
                .containsEntry("reportPeriod", "last-4-weeks")
                .containsEntry("image", Map.of("application", "orders"));
    }

    @Test
    void shouldNameAMissingRequiredSetting() {
        assertThatThrownBy(() -> settings(Map.of("application", "orders", "environments", List.of("dev"))))
                .hasMessage("platformPipeline: setting 'project' is required");
    }

    @Test
    void shouldNameUnknownSettings() {
        assertThatThrownBy(() -> settings(Map.of("project", "p", "application", "a", "environments", List.of("dev"),
                "enviroments", List.of("x"))))
                .hasMessageStartingWith("platformPipeline: unknown setting(s) [enviroments]");
    }

    @Test
    void shouldRefuseAnUnknownBuildToolWithoutACommand() {
        assertThatThrownBy(() -> settings(Map.of("project", "p", "application", "a", "environments", List.of("dev"),
                "build", "bazel")))
                .hasMessageContaining("setting 'build' is 'bazel'");
    }

    @Test
    void shouldHandPlatformBuildATheToolOrTheGivenArguments() throws Exception {
        assertThat(settings(minimal("build", "gradle"))).containsEntry("build",
                Map.of("application", "orders", "tool", "gradle"));
        assertThat(settings(minimal("build", Map.of("tool", "maven", "args", "clean verify -Pci"))).get("build"))
                .isEqualTo(Map.of("application", "orders", "tool", "maven", "args", "clean verify -Pci"));
        assertThat(settings(minimal("build", "none"))).containsEntry("build", null).containsEntry("buildCommand", "");
        assertThat(settings(minimal("build", false))).containsEntry("build", null);
    }

    @Test
    void shouldRunTheTeamsOwnCommandInsteadOfPlatformBuildAndRecordItsTestReports() throws Exception {
        assertThat(settings(minimal("buildCommand", "make all", "build", "gradle")))
                .containsEntry("build", null)
                .containsEntry("buildCommand", "make all")
                .containsEntry("testResults", "**/build/test-results/**/*.xml");
        assertThat(settings(minimal("buildCommand", "make all", "build", "bazel"))).containsEntry("testResults", "");
    }

    @Test
    void shouldTurnTheScansOnWithTheModelsDefaultsOrTheGivenGates() throws Exception {
        Map<String, Object> settings = settings(minimal("scan", true,
                "imageScan", Map.of("severity", "high", "maxCount", 0)));

        assertThat(settings.get("scan")).isEqualTo(Map.of("application", "orders"));
        assertThat(settings.get("imageScan")).isEqualTo(Map.of("application", "orders", "severity", "high", "maxCount", 0));
        assertThat(settings(minimal("scan", Map.of("unstableOnGateFailure", true))).get("scan"))
                .isEqualTo(Map.of("application", "orders", "unstableOnGateFailure", true));
    }

    @Test
    void shouldNameAMisspeltStageArgument() {
        assertThatThrownBy(() -> settings(minimal("imageScan", Map.of("severty", "high"))))
                .hasMessage("platformPipeline: setting 'imageScan' has unknown key(s) [severty]; known keys are "
                        + "[severity, maxCount, unstable, timeout]");
        assertThatThrownBy(() -> settings(minimal("scan", "yes")))
                .hasMessageStartingWith("platformPipeline: setting 'scan' must be true, false or a map of");
        assertThatThrownBy(() -> settings(minimal("build", Map.of("goals", "verify"))))
                .hasMessageStartingWith("platformPipeline: setting 'build' has unknown key(s) [goals]");
    }

    @Test
    void shouldCommentOnShippedIssuesByDefaultWhenJiraIsOn() throws Exception {
        assertThat(settings(minimal("jira", true)).get("jira")).isEqualTo(Map.of("comment", true, "transition", ""));
        assertThat(settings(minimal("jira", Map.of("comment", false, "transition", "Deployed to test"))).get("jira"))
                .isEqualTo(Map.of("comment", false, "transition", "Deployed to test"));
        assertThatThrownBy(() -> settings(minimal("jira", Map.of("comment", false))))
                .hasMessage("platformPipeline: setting 'jira' asks for neither a comment nor a transition");
    }

    private static Map<String, Object> minimal(Object... extra) {
        Map<String, Object> config = new java.util.LinkedHashMap<>(Map.of("project", "shop", "application", "orders",
                "environments", List.of("dev")));
        for (int i = 0; i < extra.length; i += 2) {
            config.put((String) extra[i], extra[i + 1]);
        }
        return config;
    }
}
