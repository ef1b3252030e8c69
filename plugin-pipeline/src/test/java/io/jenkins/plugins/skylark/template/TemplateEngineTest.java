package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateEngineTest {

    private final TemplateDescriptor template = Fixtures.load("echo-values");

    @Test
    void shouldRenderTheDeclarativePipeline() throws IOException {
        RenderedJenkinsfile rendered = TemplateEngine.render(template, Map.of("name", "abc"));

        assertThat(rendered.text()).isEqualTo(expected("echo-values-minimal.Jenkinsfile"));
        assertThat(rendered.templateVersion()).isEqualTo("1.2.3");
    }

    @Test
    void shouldAddStagesAndTasksWhoseRuleHolds() {
        String text = TemplateEngine.render(template,
                Map.of("name", "abc", "flag", true, "detail", "the detail", "colour", "green")).text();

        assertThat(text).contains("stage('Detail')", "echo('the detail')", "stage('Say abc (2)')", "echo('green')");
    }

    @Test
    void shouldLeaveOutAStageWhoseTasksAreAllLeftOut() {
        String text = TemplateEngine.render(template, Map.of("name", "abc", "colour", "red")).text();

        assertThat(text).doesNotContain("Say abc (2)").doesNotContain("Detail");
    }

    @Test
    void shouldRefuseATemplateThatUsesAHiddenParameter() {
        TemplateDescriptor hiddenUse = Fixtures.load("hidden-use");

        assertThat(TemplateEngine.render(hiddenUse, Map.of("flag", true)).text()).contains("echo('d')");
        assertThatThrownBy(() -> TemplateEngine.render(hiddenUse, Map.of("flag", false)))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("one/echo uses parameter 'detail'");
    }

    @Test
    void shouldNotRenderInvalidValues() {
        assertThatThrownBy(() -> TemplateEngine.render(template, Map.of("name", "a b")))
                .isInstanceOf(InvalidValuesException.class).hasMessageContaining("name: \"a b\" does not match");
    }

    private static String expected(String file) throws IOException {
        try (var in = TemplateEngineTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
