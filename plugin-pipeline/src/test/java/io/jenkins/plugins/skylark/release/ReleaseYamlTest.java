package io.jenkins.plugins.skylark.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Release files: the same rules as Jenkinsfile values, errors naming file, field and line. */
class ReleaseYamlTest {

    private static final String FULL = """
            strategy: canary            # or blueGreen
            scaleDownDelay: 1m
            onInconclusive: fail
            lockWait: true
            lockTimeout: 1h30m
            steps:
              - weight: 10
              - pause: 5m
              - analysis: error-rate
              - pause: approval
              - match: {header: x-canary, value: "true"}
              - match:
                  cookie: canary
              - weight: 100
            analyses:
              - name: error-rate
                query: sum(rate(requests{namespace="{{namespace}}",status!~"5.."}[{{interval}}]))
                sampleQuery: sum(increase(requests{namespace="{{namespace}}"}[{{interval}}]))
                successCondition: ">= 0.99"
                interval: 1m
                count: 3
                failureLimit: 0
                inconclusiveLimit: 1
                minSampleSize: 20
                onError: inconclusive
            """;

    @Test
    void shouldReadEveryFieldOfAReleaseFile() {
        ReleasePlan plan = ReleasePlanParser.parseYaml("release.yaml", FULL);

        assertThat(plan.strategy()).isEqualTo(ReleaseStrategy.CANARY);
        assertThat(plan.scaleDownDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(plan.onInconclusive()).isEqualTo(InconclusivePolicy.FAIL);
        assertThat(plan.lockWait()).isTrue();
        assertThat(plan.lockTimeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(plan.steps()).containsExactly(new ReleaseStep.Weight(10),
                new ReleaseStep.Pause(Duration.ofMinutes(5)), new ReleaseStep.Analysis("error-rate"),
                new ReleaseStep.Pause(null), new ReleaseStep.Match("x-canary", "true", null),
                new ReleaseStep.Match(null, null, "canary"), new ReleaseStep.Weight(100));
        assertThat(plan.analyses()).containsExactly(new AnalysisDefinition("error-rate",
                "sum(rate(requests{namespace=\"{{namespace}}\",status!~\"5..\"}[{{interval}}]))",
                "sum(increase(requests{namespace=\"{{namespace}}\"}[{{interval}}]))", ">= 0.99",
                Duration.ofMinutes(1), 3, 0, 1, 20, AnalysisErrorPolicy.INCONCLUSIVE));
    }

    @Test
    void shouldTakeAnUnquotedHeaderValueAsWritten() {
        ReleasePlan plan = ReleasePlanParser.parseYaml("r.yaml", "steps:\n  - match: {header: x-canary, value: true}\n");

        assertThat(plan.steps()).containsExactly(new ReleaseStep.Match("x-canary", "true", null));
    }

    @Test
    void shouldReadABlueGreenFileThatSwitchesOnce() {
        ReleasePlan plan = ReleasePlanParser.parseYaml("bg.yaml", """
                strategy: blueGreen
                steps: [{analysis: success-rate}, {pause: approval}, {weight: 100}, {pause: 2m}]
                """);

        assertThat(plan.strategy()).isEqualTo(ReleaseStrategy.BLUE_GREEN);
        assertThat(plan.steps()).hasSize(4).contains(new ReleaseStep.Weight(100));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            strategy: rolling                                  | 1 | strategy (line 1): "rolling" is not one of: canary, blueGreen
            steps:\\n  - weight: 10\\n  - weight: 150          | 3 | steps[1].weight (line 3): must be between 0 and 100, was 150
            steps:\\n  - pause: 5m\\n  - pause: 5             | 3 | steps[1].pause (line 3): must be a duration such as 30s, 5m or 1h30m, or approval, was "5"
            steps:\\n  - match:\\n      header: x\\n      cookie: c | 2 | steps[0].match (line 2): has both header and cookie
            steps:\\n  - weight: 10\\n    pause: 1m            | 2 | steps[0] (line 2): a step does one thing
            stepz: []                                          | 1 | stepz (line 1): is not a known field
            strategy: blueGreen\\nsteps:\\n  - weight: 50       | 3 | steps[0].weight (line 3): a blueGreen release switches
            scaleDownDelay: 30                                 | 1 | scaleDownDelay (line 1): must be a duration such as 30s, 5m, 1h or 1h30m (with a unit), was "30"
            steps: []\\nsteps: []                              | 2 | steps (line 2): is given twice
            analyses:\\n  - name: a\\n    query: q\\n    successCondition: "~ 1" | 4 | analyses[0].successCondition (line 4): "~ 1" is not a success condition
            analyses:\\n  - name: a\\n    successCondition: "> 1" | 2 | analyses[0] (line 2): the field query is required
            steps:\\n  - weight: 10\\n  weight: 20              | 3 | (line 3): is not valid YAML
            - weight: 10                                       | 1 | release.yaml (line 1): must be a mapping of fields
            steps: [{weight: !!java.lang.Object 5}]            | 1 | release.yaml (line 1): is not valid YAML: Global tag is not allowed
            steps:\\n  - weight: !custom 5                      | 2 | steps[0].weight (line 2): is not valid YAML
            """)
    void shouldNameFileFieldAndLine(String text, int line, String message) {
        ReleasePlanException error = catchThrowableOfType(ReleasePlanException.class,
                () -> ReleasePlanParser.parseYaml("release.yaml", text.replace("\\n", "\n")));

        assertThat(error.problems()).hasSize(1);
        assertThat(error.problems().get(0).line()).isEqualTo(line);
        assertThat(error.problems().get(0).file()).isEqualTo("release.yaml");
        assertThat(error.getMessage()).startsWith("release.yaml ").contains(message);
    }

    @Test
    void shouldListEveryProblemOfAFileWithItsLine() {
        ReleasePlanException error = catchThrowableOfType(ReleasePlanException.class,
                () -> ReleasePlanParser.parseYaml("release.yaml", """
                        strategy: canary
                        steps:
                          - weight: 10
                          - pause: soon
                          - match: {header: x-canary, cookie: canary}
                        onInconclusive: maybe
                        """));

        assertThat(error.problems()).extracting(ReleaseProblem::field, ReleaseProblem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("steps[1].pause", 4),
                org.assertj.core.groups.Tuple.tuple("steps[2].match", 5),
                org.assertj.core.groups.Tuple.tuple("onInconclusive", 6));
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        ReleasePlanException error = catchThrowableOfType(ReleasePlanException.class,
                () -> ReleasePlanParser.parseYaml("release.yaml", "# nothing\n"));

        assertThat(error).hasMessage("release.yaml: is empty; a release file needs at least its steps");
        assertThat(List.of(error.problems().get(0).line())).containsExactly(0);
    }
}
