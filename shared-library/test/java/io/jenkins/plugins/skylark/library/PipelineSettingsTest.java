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

        assertThat(settings).containsEntry("buildCommand", "mvn -B -ntp package")
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
}
