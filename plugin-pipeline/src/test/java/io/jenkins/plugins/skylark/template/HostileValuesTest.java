package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value that tries to become code must end up as one string constant: rendering it gives the same
 * calls and the same constants as a harmless value, with only that value swapped, and no GString.
 */
class HostileValuesTest {

    private static final String HARMLESS = "harmless";

    private final TemplateDescriptor template = Fixtures.load("echo-values");

    @ParameterizedTest
    @ValueSource(strings = {"'", "''", "'''", "\"\"\"", "\\", "\\'", "'); sh('rm -rf /'); echo('",
            "${System.exit(1)}", "$System", "\" + evil() + \"", "\\u0027); evil(); //", "\\\\u0027",
            "*/ evil() /*", "$/ evil() /$", "/ evil() /", "{{ name }}", "}} evil() {{", "部署到生产 ' 环境"})
    void shouldKeepAOneLineValueAConstantString(String hostile) {
        ScriptFacts harmless = facts(Map.of("message", HARMLESS, "tags", List.of(HARMLESS)));
        ScriptFacts rendered = facts(Map.of("message", hostile, "tags", List.of(hostile)));

        assertSameShape(rendered, harmless, hostile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nevil()\n'", "'''\n\"\"\"\nb", "line\r\n'); evil(); ('", "tab\there", "\\\n${x}"})
    void shouldKeepAMultiLineValueAConstantString(String hostile) {
        ScriptFacts harmless = facts(Map.of("notes", HARMLESS));
        ScriptFacts rendered = facts(Map.of("notes", hostile));

        assertSameShape(rendered, harmless, hostile);
    }

    private static void assertSameShape(ScriptFacts rendered, ScriptFacts harmless, String hostile) {
        assertThat(rendered.gStrings()).isZero();
        assertThat(rendered.calls()).isEqualTo(harmless.calls());
        assertThat(rendered.strings()).contains(hostile)
                .isEqualTo(harmless.strings().stream().map(s -> s.equals(HARMLESS) ? hostile : s).toList());
    }

    private ScriptFacts facts(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("name", "abc");
        String text = TemplateEngine.render(template, all).text();
        return ScriptFacts.of("hostile.Jenkinsfile", text);
    }
}
