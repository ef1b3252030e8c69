package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.AnalysisErrorPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTemplatesTest {

    @Test
    void shouldReadADefinitionAsAYamlFileGivesIt() {
        AnalysisTemplate template = AnalysisTemplates.fromMap("error-budget", Map.of(
                "query", "sum(rate(errors{app=\"{{application}}\"}[{{interval}}]))",
                "successCondition", "< 0.5", "sampleQuery", "sum(increase(requests[{{interval}}]))",
                "minSampleSize", 50, "interval", "30s", "count", 4, "failureLimit", 1, "onError", "failed"));

        assertThat(template).isEqualTo(new AnalysisTemplate("error-budget",
                "sum(rate(errors{app=\"{{application}}\"}[{{interval}}]))", "< 0.5",
                "sum(increase(requests[{{interval}}]))", 50, "30s", 4, 1, 0, Verdict.FAILED));
    }

    @Test
    void shouldDefaultToFiveMeasurementsAMinuteApartWithoutTolerance() {
        AnalysisTemplate template = AnalysisTemplates.fromMap("up", Map.of("query", "min(up)", "successCondition", ">= 1"));

        assertThat(template).isEqualTo(new AnalysisTemplate("up", "min(up)", ">= 1", null, 0, "1m", 5, 0, 0,
                Verdict.INCONCLUSIVE));
    }

    @Test
    void shouldOverrideABuiltIn() {
        AnalysisTemplate base = BuiltInAnalyses.resolve("nginx-success-rate", null);

        AnalysisTemplate faster = AnalysisTemplates.override(base, Map.of("interval", "30s", "count", "3",
                "successCondition", ">= 0.95"));

        assertThat(faster).isEqualTo(base.withInterval("30s").withCount(3, 1, 2).withSuccessCondition(">= 0.95"));
    }

    @Test
    void shouldRunWhatAReleaseFileDefines() {
        AnalysisDefinition definition = new AnalysisDefinition("errors", "sum(rate(e{w=\"{{canaryWorkload}}\"}[{{interval}}]))",
                "sum(increase(r[{{interval}}]))", "== 0", Duration.ofSeconds(90), 3, 1, 0, 10, AnalysisErrorPolicy.FAIL);

        assertThat(AnalysisTemplates.from(definition)).isEqualTo(new AnalysisTemplate("errors",
                "sum(rate(e{w=\"{{canaryWorkload}}\"}[{{interval}}]))", "== 0", "sum(increase(r[{{interval}}]))", 10,
                "1m30s", 3, 1, 0, Verdict.FAILED));
    }

    @Test
    void shouldNameWhatTheRuntimeRefusesInADefinition() {
        AnalysisDefinition definition = new AnalysisDefinition("errors", "sum(x{pod=\"{{pod}}\"})", null, ">= 1",
                null, 1, 0, 0, 1, null);

        assertThatThrownBy(() -> AnalysisTemplates.from(definition)).isInstanceOf(InvalidAnalysisException.class)
                .hasMessageStartingWith("Analysis 'errors', field 'query': unknown placeholder(s) pod");
    }

    @Test
    void shouldNameEveryMissingOrMistypedField() {
        assertThatThrownBy(() -> AnalysisTemplates.fromMap("x", Map.of("count", 2)))
                .hasMessage("Analysis 'x': field 'query' is required.\nAnalysis 'x': field 'successCondition' is required.");
        assertThatThrownBy(() -> AnalysisTemplates.fromMap("x", Map.of("query", "up", "successCondition", ">= 1",
                "count", 2.5, "minSampleSize", "many", "onError", "ignore", "treshold", 1, "interval", Map.of())))
                .isInstanceOfSatisfying(InvalidAnalysisException.class, e -> assertThat(e.problems()).containsExactly(
                        "Analysis 'x': unknown field(s) treshold; fields: count, failureLimit, inconclusiveLimit, interval,"
                                + " minSampleSize, onError, query, sampleQuery, successCondition.",
                        "Analysis 'x': field 'minSampleSize' must be a number, was 'many'.",
                        "Analysis 'x': field 'interval' must be text, was {}.",
                        "Analysis 'x': field 'count' must be a whole number, was '2.5'.",
                        "Analysis 'x': field 'onError' must be 'failed' or 'inconclusive', was 'ignore'."));
    }
}
