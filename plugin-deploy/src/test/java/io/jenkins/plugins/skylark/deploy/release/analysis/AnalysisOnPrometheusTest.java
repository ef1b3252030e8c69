package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import io.jenkins.plugins.skylark.harness.prometheus.RequiresPrometheus;
import io.jenkins.plugins.skylark.harness.prometheus.ScrapeTarget;
import io.jenkins.plugins.skylark.harness.prometheus.StaticMetricsEndpoint;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in analyses as real PromQL: a real Prometheus scrapes NGINX- and Istio-like counters the
 * tests advance. Measurements follow each other without waiting (the sleeper only records), the
 * one-minute windows still cover the traffic. Each test uses its own namespace.
 */
@RequiresPrometheus
class AnalysisOnPrometheusTest {

    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    private static StaticMetricsEndpoint endpoint;
    private static PrometheusServer prometheus;

    private final List<Duration> slept = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final CanaryMetrics traffic = new CanaryMetrics(endpoint, prometheus, "shop-" + NAMESPACES.incrementAndGet());

    @BeforeAll
    static void startPrometheus() throws Exception {
        endpoint = StaticMetricsEndpoint.start();
        prometheus = PrometheusServer.start(ScrapeTarget.of("mesh", endpoint.hostPort()));
        prometheus.awaitScraped("mesh", Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        endpoint.close();
    }

    @Test
    void shouldPassAHealthyNginxCanaryWhateverTheStableVersionDoes() throws Exception {
        traffic.nginx(200, 0, 200);

        AnalysisResult result = run(BuiltInAnalyses.resolve("success-rate", TrafficRouter.NGINX));

        assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.SUCCESSFUL);
        assertThat(result.measurements()).hasSize(5).allSatisfy(measurement -> {
            assertThat(measurement.value()).isEqualTo(1.0);
            assertThat(measurement.sampleSize()).isGreaterThanOrEqualTo(200);
        });
        assertThat(slept).hasSize(4).containsOnly(Duration.ofMinutes(1));
    }

    @Test
    void shouldFailANginxCanaryAnsweringOneRequestInFiveWithAnError() throws Exception {
        traffic.nginx(80, 20, 100);

        AnalysisResult result = run(BuiltInAnalyses.resolve("nginx-success-rate", null));

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.measurements()).hasSize(2);
        assertThat(result.measurements().get(0).value()).isCloseTo(0.8, within(1e-9));
        assertThat(result.reason()).isEqualTo("Analysis 'nginx-success-rate' failed: 2 of 2 measurement(s) failed, more"
                + " than the failure limit 1; last failure: value 0.8 does not meet >= 0.99.");
    }

    @Test
    void shouldCallTooFewRequestsInconclusiveNotSuccessful() throws Exception {
        traffic.nginx(5, 0, 5);

        AnalysisResult result = run(BuiltInAnalyses.resolve("success-rate", TrafficRouter.NGINX));

        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.measurements()).hasSize(3).allSatisfy(measurement -> {
            assertThat(measurement.value()).isEqualTo(1.0);
            assertThat(measurement.sampleSize()).isLessThan(20);
        });
        assertThat(result.reason()).contains("is below the minimum 20");
    }

    @Test
    void shouldCallACanaryWithoutTrafficInconclusive() throws Exception {
        AnalysisResult result = run(BuiltInAnalyses.resolve("istio-success-rate", null));

        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.measurements()).allSatisfy(measurement -> {
            assertThat(measurement.value()).isNull();
            assertThat(measurement.sampleSize()).isNull();
        });
        assertThat(result.reason()).endsWith("last: no data: the sample query returned nothing.");
    }

    @Test
    void shouldJudgeIstioSuccessRateAndP99Latency() throws Exception {
        traffic.istio(100, 0, 100);

        AnalysisResult successRate = run(BuiltInAnalyses.resolve("success-rate", TrafficRouter.ISTIO));
        AnalysisResult latency = run(BuiltInAnalyses.resolve("latency", TrafficRouter.ISTIO));

        assertThat(successRate.verdict()).as(successRate.reason()).isEqualTo(Verdict.SUCCESSFUL);
        assertThat(latency.verdict()).as(latency.reason()).isEqualTo(Verdict.SUCCESSFUL);
        assertThat(latency.measurements().get(0).value()).isCloseTo(49.5, within(1e-6));
    }

    @Test
    void shouldFailASlowCanaryOnP99Latency() throws Exception {
        traffic.istio(100, 0, 0, 0, 0, 0, 100);
        traffic.nginx(100, 0, 0, 0, 0, 100);

        AnalysisResult istio = run(BuiltInAnalyses.resolve("latency", TrafficRouter.ISTIO));
        AnalysisResult nginx = run(BuiltInAnalyses.resolve("latency", TrafficRouter.NGINX));

        assertThat(istio.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(istio.reason()).contains("value 995 does not meet < 500");
        assertThat(nginx.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(nginx.measurements().get(0).value()).isCloseTo(995, within(1e-6));
    }

    @Test
    void shouldCountABadQueryAsTheDefinitionSaysWithoutRetrying() throws Exception {
        AnalysisTemplate broken = new AnalysisTemplate("broken", "sum(rate(istio_requests_total[{{interval}}])",
                ">= 0.99", null, 0, "1m", 3, 1, 1, Verdict.INCONCLUSIVE);

        AnalysisResult inconclusive = run(broken);
        AnalysisResult failed = run(broken.withOnError(Verdict.FAILED));

        assertThat(inconclusive.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(failed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(failed.measurements()).hasSize(2).allSatisfy(measurement ->
                assertThat(measurement.error()).contains("answered bad_data:").contains("sum(rate(istio_requests_total[1m])"));
        assertThat(log).noneMatch(line -> line.contains("trying again"));
    }

    private AnalysisResult run(AnalysisTemplate template) throws InterruptedException {
        PrometheusClient client = PrometheusClient.create(prometheus.url(), PrometheusAuth.none());
        return new Analyzer(client, slept::add, Clock.systemUTC()).run(template, traffic.placeholders(), log::add);
    }
}
