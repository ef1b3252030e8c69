package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroovySyntaxTest {

    @Test
    void shouldGiveTheLineOfTheFirstSyntaxError() {
        assertThatThrownBy(() -> GroovySyntax.parse("Jenkinsfile", "pipeline {\n  echo('a'\n}\n"))
                .isInstanceOfSatisfying(GroovySyntax.SyntaxError.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageStartingWith("Jenkinsfile line 3: ");
    }

    @Test
    void shouldListTheCallsAndConstantsOfAScript() {
        ScriptFacts facts = ScriptFacts.of("Jenkinsfile", "stage('a') { echo(message: \"x${y}\") }");

        assertThat(facts.calls()).containsExactly("stage", "echo");
        assertThat(facts.strings()).contains("a", "message");
        assertThat(facts.gStrings()).isEqualTo(1);
    }
}
