package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusException.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private static final Map<String, String> PLACEHOLDERS = Map.of("namespace", "shop", "canary", "orders-canary");
    private final List<Duration> slept = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final FakeMetrics metrics = new FakeMetrics();
    private final Analyzer analyzer = new Analyzer(metrics, slept::add,
            Clock.fixed(Instant.parse("2026-12-03T13:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldSucceedAfterCountMeasurementsOneIntervalApart() throws Exception {
        metrics.answer("requests", 100.0, 100.0, 100.0, 100.0, 100.0).answer("rate", 1.0, 0.995, 0.98, 0.99, 1.0);

        AnalysisResult result = analyzer.run(Templates.successRate(), PLACEHOLDERS, log::add);

        assertThat(result.verdict()).isEqualTo(Verdict.SUCCESSFUL);
        assertThat(result.measurements()).extracting(Measurement::verdict).containsExactly(Verdict.SUCCESSFUL,
                Verdict.SUCCESSFUL, Verdict.FAILED, Verdict.SUCCESSFUL, Verdict.SUCCESSFUL);
        assertThat(slept).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1));
        assertThat(result.reason()).isEqualTo("Analysis 'orders-success' succeeded: 4 of 5 measurement(s) met >= 0.99,"
                + " last value 1 meets >= 0.99 (1 failed, 0 without data, within the limits).");
        assertThat(metrics.asked).contains("rate{ns=\"shop\",w=\"orders-canary\"}[1m]", "requests{ns=\"shop\"}");
    }

    @Test
    void shouldFailAsSoonAsFailuresExceedTheLimit() throws Exception {
        metrics.answer("requests", 100.0, 100.0, 100.0).answer("rate", 0.9, 1.0, 0.91);

        AnalysisResult result = analyzer.run(Templates.successRate(), PLACEHOLDERS, log::add);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.measurements()).hasSize(3);
        assertThat(slept).hasSize(2);
        assertThat(result.reason()).isEqualTo("Analysis 'orders-success' failed: 2 of 3 measurement(s) failed, more than"
                + " the failure limit 1; last failure: value 0.91 does not meet >= 0.99.");
        assertThat(log).contains("Analysis 'orders-success' measurement 3/5: value 0.91, sample size 100: FAILED"
                + " (value 0.91 does not meet >= 0.99).");
    }

    @Test
    void shouldCallASampleBelowTheMinimumNoDataNeverSuccess() throws Exception {
        metrics.answer("requests", 3.0, 19.9).answer("rate", 1.0, 1.0);

        AnalysisResult result = analyzer.run(Templates.successRate(), PLACEHOLDERS, log::add);

        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.measurements()).extracting(Measurement::value, Measurement::sampleSize)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, 3.0), org.assertj.core.groups.Tuple.tuple(1.0, 19.9));
        assertThat(result.reason()).isEqualTo("Analysis 'orders-success' was inconclusive: 2 of 2 measurement(s) had no"
                + " usable result, more than the inconclusive limit 1; last: no data: sample size 19.9 is below the minimum 20.");
    }

    @Test
    void shouldCallAnEmptyResultOrNaNNoData() throws Exception {
        metrics.answer("requests", null, 50.0).answer("rate", 1.0, Double.NaN);

        AnalysisResult result = analyzer.run(Templates.successRate(), PLACEHOLDERS, log::add);

        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.measurements()).extracting(Measurement::sampleSize).containsExactly(null, 50.0);
        assertThat(log).anyMatch(line -> line.contains("no data: the sample query returned nothing"))
                .anyMatch(line -> line.contains("value -, sample size 50: INCONCLUSIVE (no data: the query returned no series or NaN)"));
    }

    @Test
    void shouldCountAnApiErrorAsTheDefinitionSays() throws Exception {
        PrometheusException badQuery = new PrometheusException(Kind.BAD_QUERY, "bad_data: parse error");
        metrics.answer("requests", badQuery, badQuery, badQuery, badQuery);

        AnalysisResult failed = analyzer.run(Templates.successRate(), PLACEHOLDERS, log::add);
        AnalysisResult inconclusive = analyzer.run(Templates.successRate().withOnError(Verdict.INCONCLUSIVE), PLACEHOLDERS,
                log::add);

        assertThat(failed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(failed.measurements()).extracting(Measurement::error).containsOnly("bad_data: parse error");
        assertThat(failed.reason()).endsWith("last failure: Prometheus error: bad_data: parse error.");
        assertThat(inconclusive.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void shouldTreatSeveralSeriesAsAnErrorOfTheQuery() throws Exception {
        metrics.answer("requests", 100.0, 100.0).answer("rate", 3, 3);

        AnalysisResult result = analyzer.run(Templates.successRate(), PLACEHOLDERS, log::add);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.measurements().get(0).error()).startsWith("Analysis 'orders-success': the query returned 3 series,"
                + " but must return one number; aggregate it");
    }

    @Test
    void shouldNeverSucceedWithoutOneSuccessfulMeasurement() throws Exception {
        AnalysisTemplate lenient = Templates.successRate().withCount(2, 1, 1);
        metrics.answer("requests", 100.0, 1.0).answer("rate", 0.5, 1.0);

        AnalysisResult result = analyzer.run(lenient, PLACEHOLDERS, log::add);

        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.reason()).startsWith("Analysis 'orders-success' did not succeed: none of its 2 measurement(s)"
                + " met the condition (1 failed, 1 without data)");
    }

    @Test
    void shouldRefuseToStartWhenAPlaceholderHasNoValue() {
        assertThatThrownBy(() -> analyzer.run(Templates.successRate(), Map.of("namespace", "shop"), log::add))
                .isInstanceOf(InvalidAnalysisException.class).hasMessageContaining("canary");
        assertThat(metrics.asked).isEmpty();
    }

    @Test
    void shouldLogTheQueriesWithTheirValuesFilledIn() throws Exception {
        metrics.answer("requests", 100.0).answer("rate", 1.0);

        analyzer.run(Templates.successRate().withCount(1, 0, 0), PLACEHOLDERS, log::add);

        assertThat(log).containsExactly(
                "Analysis 'orders-success': 1 measurement(s), one every 1m, success when the value is >= 0.99;"
                        + " query: rate{ns=\"shop\",w=\"orders-canary\"}[1m]",
                "Analysis 'orders-success': a measurement needs a sample size of at least 20; sample query: requests{ns=\"shop\"}",
                "Analysis 'orders-success' measurement 1/1: value 1, sample size 100: SUCCESSFUL (value 1 meets >= 0.99).",
                "Analysis 'orders-success' succeeded: 1 of 1 measurement(s) met >= 0.99, last value 1 meets >= 0.99"
                        + " (0 failed, 0 without data, within the limits).");
    }
}
