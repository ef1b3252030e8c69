package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclarativeOutlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            declarative        | pipeline { agent any; stages { stage('a') { when { branch('main') }; steps { echo('x') } } } } | OK
            code outside       | evil(); pipeline { agent any; stages { stage('a') { steps { echo('x') } } } }                | one pipeline { } block
            unknown section    | pipeline { agent any; evil(); stages { stage('a') { steps { echo('x') } } } }                | unexpected statement in pipeline block
            two stages blocks  | pipeline { stages { stage('a') { steps { } } }; stages { } }                                  | exactly one stages block
            computed name      | pipeline { stages { stage(name()) { steps { echo('x') } } } }                                 | stage('constant name')
            code in stage      | pipeline { stages { stage('a') { evil(); steps { echo('x') } } } }                            | unexpected statement in stage block
            stage without body | pipeline { stages { stage('a') { when { branch('main') } } } }                                | exactly one of steps, parallel, stages
            """)
    void shouldAcceptOnlyTheDeclarativeOutline(String rule, String source, String problem) {
        String found = DeclarativeOutline.problem(GroovySyntax.parse("Jenkinsfile", source));

        if (problem.equals("OK")) {
            assertThat(found).as(rule).isNull();
        } else {
            assertThat(found).as(rule).contains(problem);
        }
    }
}
