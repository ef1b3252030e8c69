package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorReaderTest {

    @Test
    void shouldDescribeTheFormForAnEditor() {
        TemplateDescriptor template = Fixtures.load("echo-values");
        TemplateParameter detail = template.parameter("detail").orElseThrow();

        assertThat(template.name().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("回显取值");
        assertThat(template.parameters()).extracting(TemplateParameter::widget).containsExactly(Widget.TEXT,
                Widget.TEXT, Widget.TEXTAREA, Widget.NUMBER, Widget.SELECT, Widget.LIST, Widget.CHECKBOX,
                Widget.TEXT, Widget.CREDENTIALS);
        assertThat(detail.shownWhen().expected()).containsEntry("flag", List.of("true"));
        assertThat(template.parameter("count").orElseThrow().advanced()).isTrue();
        assertThat(template.parameter("name").orElseThrow().help().in(Locale.ENGLISH)).isEqualTo("Lower-case letters.");
    }

    @Test
    void shouldDescribeTheStageGraphForAnEditor() {
        TemplateDescriptor template = Fixtures.load("echo-values");

        assertThat(template.stages()).extracting(TemplateStage::id).containsExactly("say", "detail", "colour");
        assertThat(template.stages().get(1).when().expected()).containsEntry("flag", List.of("true"));
        assertThat(template.tasksFedBy("detail")).containsExactly("detail/echo-detail");
        assertThat(template.tasksFedBy("message")).containsExactly("say/echo");
        assertThat(template.plugins()).containsExactly("workflow-basic-steps");
        assertThat(template.stages().get(0).tasks().get(0).exports()).containsExactly("ECHOED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-unknown-field          | parameters[0].requird (line 9): is not a known field
            bad-placeholder-in-string  | stages[0].tasks[0].fragment (line 15): fragment echo.groovy uses placeholder "name" where no expression
            bad-placeholder-in-comment | stages[0].tasks[0].fragment (line 15): fragment echo.groovy uses placeholder "name" where no expression
            bad-unknown-placeholder    | stages[0].tasks[0].fragment (line 15): refers to "nmae", which is not a declared parameter
            bad-condition              | parameters[0].shownWhen.flag (line 9): refers to "flag", which is not a parameter declared before it
            bad-default                | parameters[0].default (line 10): default value is invalid: name: "Not Lower" does not match
            bad-yaml                   | template.yaml (line 4): is not valid YAML
            """)
    void shouldNameFileFieldAndLineOfAnError(String fixture, String message) {
        assertThatThrownBy(() -> Fixtures.load(fixture))
                .isInstanceOf(TemplateDefinitionException.class)
                .hasMessageStartingWith(Fixtures.folder(fixture).resolve("template.yaml").toString())
                .hasMessageContaining(message);
    }
}
