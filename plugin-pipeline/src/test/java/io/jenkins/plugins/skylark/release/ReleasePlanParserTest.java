package io.jenkins.plugins.skylark.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jenkinsfile values: what Groovy's map and list literals hand to a step. */
class ReleasePlanParserTest {

    @Test
    void shouldReadEveryStepKindFromGroovyValues() {
        List<ReleaseStep> steps = ReleasePlanParser.steps(ReleaseStrategy.CANARY, List.of(
                Map.of("weight", 10), Map.of("pause", "5m"), Map.of("analysis", "success-rate"),
                Map.of("weight", 50L), Map.of("pause", "approval"),
                Map.of("match", Map.of("header", "x-canary", "value", "true")),
                Map.of("match", Map.of("header", "x-canary")), Map.of("match", Map.of("cookie", "canary")),
                Map.of("weight", new BigDecimal("100"))));

        assertThat(steps).containsExactly(new ReleaseStep.Weight(10), new ReleaseStep.Pause(Duration.ofMinutes(5)),
                new ReleaseStep.Analysis("success-rate"), new ReleaseStep.Weight(50), new ReleaseStep.Pause(null),
                new ReleaseStep.Match("x-canary", "true", null), new ReleaseStep.Match("x-canary", null, null),
                new ReleaseStep.Match(null, null, "canary"), new ReleaseStep.Weight(100));
        assertThat(((ReleaseStep.Pause) steps.get(4)).forApproval()).isTrue();
    }

    @Test
    void shouldFillDefaultsForAnAlmostEmptyPlan() {
        ReleasePlan plan = ReleasePlanParser.parse(Map.of("steps", List.of(Map.of("weight", 20))));

        assertThat(plan.strategy()).isEqualTo(ReleaseStrategy.CANARY);
        assertThat(plan.scaleDownDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.namesScaleDownDelay()).isFalse();
        assertThat(plan.effectiveScaleDownDelay(null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.effectiveScaleDownDelay(Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
        assertThat(plan.onInconclusive()).isEqualTo(InconclusivePolicy.PAUSE);
        assertThat(plan.lockWait()).isFalse();
        assertThat(plan.lockTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.analyses()).isEmpty();
        assertThat(ReleasePlanParser.parse(Map.of()).steps()).isEmpty();
    }

    @Test
    void shouldReadEverySetting() {
        ReleasePlan plan = ReleasePlanParser.parse(Map.of("strategy", "blueGreen", "scaleDownDelay", "0s",
                "onInconclusive", "fail", "lockWait", true, "lockTimeout", "1h",
                "steps", List.of(Map.of("analysis", "smoke"), Map.of("weight", 100), Map.of("analysis", "smoke")),
                "analyses", List.of(Map.of("name", "smoke", "query", "up", "successCondition", ">= 1"))));

        assertThat(plan).isEqualTo(new ReleasePlan(ReleaseStrategy.BLUE_GREEN, List.of(
                new ReleaseStep.Analysis("smoke"), new ReleaseStep.Weight(100), new ReleaseStep.Analysis("smoke")),
                Duration.ZERO, InconclusivePolicy.FAIL, true, Duration.ofHours(1), List.of(
                        new AnalysisDefinition("smoke", "up", null, ">= 1", Duration.ofMinutes(1), 5, 0, 0, 0,
                                AnalysisErrorPolicy.INCONCLUSIVE))));
        assertThat(plan.analysisNames()).containsExactly("smoke");
        assertThat(plan.effectiveScaleDownDelay(Duration.ofMinutes(2))).isEqualTo(Duration.ZERO);
        assertThat(plan.namesScaleDownDelay()).isTrue();
        assertThat(plan.analysis("smoke")).isPresent();
        assertThat(plan.analysis("latency")).isEmpty();
    }

    @Test
    void shouldReadAWholeAnalysis() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "error-rate");
        values.put("query", "sum(rate(x{namespace=\"{{namespace}}\",service=\"{{ canaryService }}\"}[{{interval}}]))");
        values.put("sampleQuery", "sum(increase(y{ingress=\"{{route}}\"}[{{interval}}]))");
        values.put("successCondition", ">= 0.99");
        values.put("interval", "30s");
        values.put("count", 5);
        values.put("failureLimit", 1);
        values.put("inconclusiveLimit", 2);
        values.put("minSampleSize", new BigDecimal("20.5"));
        values.put("onError", "fail");

        AnalysisDefinition analysis = ReleasePlanParser.analysis(values);

        assertThat(analysis).isEqualTo(new AnalysisDefinition("error-rate", (String) values.get("query"),
                (String) values.get("sampleQuery"), ">= 0.99", Duration.ofSeconds(30), 5, 1, 2, 20.5,
                AnalysisErrorPolicy.FAIL));
        assertThat(analysis.condition()).isEqualTo(new SuccessCondition(">=", 0.99));
    }

    @Test
    void shouldDefaultTheMinimumSampleToOneWhenASampleIsCounted() {
        AnalysisDefinition analysis = ReleasePlanParser.analysis(Map.of("name", "a", "query", "q",
                "sampleQuery", "s", "successCondition", "> 0"));

        assertThat(analysis.minSampleSize()).isEqualTo(1);
        assertThat(analysis.onError()).isEqualTo(AnalysisErrorPolicy.INCONCLUSIVE);
    }

    @Test
    void shouldReadStrategiesByTheirUserNames() {
        assertThat(ReleasePlanParser.strategy("canary")).isEqualTo(ReleaseStrategy.CANARY);
        assertThat(ReleasePlanParser.strategy("blueGreen")).isEqualTo(ReleaseStrategy.BLUE_GREEN);
        assertThatThrownBy(() -> ReleasePlanParser.strategy("rolling"))
                .hasMessage("strategy: \"rolling\" is not one of: canary, blueGreen");
    }

    @Test
    void shouldReportEveryProblemAtOnceWithItsStepIndex() {
        ReleasePlanException error = (ReleasePlanException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ReleasePlanParser.steps(ReleaseStrategy.CANARY, List.of(Map.of("weight", 150),
                        Map.of("weight", 10), Map.of("pause", "5"))));

        assertThat(error.problems()).extracting(ReleaseProblem::field).containsExactly("steps[0].weight",
                "steps[2].pause");
        assertThat(error.problems()).extracting(ReleaseProblem::line).containsOnly(0);
        assertThat(error.getMessage()).isEqualTo("steps[0].weight: must be between 0 and 100, was 150\n"
                + "steps[2].pause: must be a duration such as 30s, 5m or 1h30m, or approval, was \"5\"");
        assertThat(error.message(Locale.SIMPLIFIED_CHINESE)).startsWith("steps[0].weight: 必须在 0 到 100 之间，实际为 150");
    }
}
