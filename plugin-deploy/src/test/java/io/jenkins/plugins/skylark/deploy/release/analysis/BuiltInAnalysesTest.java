package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.TrafficRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltInAnalysesTest {

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource({
        "success-rate, NGINX, nginx-success-rate",
        "success-rate, ISTIO, istio-success-rate",
        "latency, NGINX, nginx-latency-p99",
        "latency, ISTIO, istio-latency-p99",
        "istio-latency-p99, GATEWAY_API, istio-latency-p99",
    })
    void shouldPickTheRoutersVariant(String name, TrafficRouter router, String variant) {
        assertThat(BuiltInAnalyses.resolve(name, router).name()).isEqualTo(variant);
    }

    @Test
    void shouldSayWhichRouterHasNoBuiltInMetrics() {
        assertThatThrownBy(() -> BuiltInAnalyses.resolve("success-rate", TrafficRouter.GATEWAY_API))
                .isInstanceOf(InvalidAnalysisException.class)
                .hasMessage("The built-in analysis 'success-rate' reads NGINX ingress or Istio metrics, but the environment's"
                        + " traffic router is gateway-api: name an analysis with your own query.");
        assertThatThrownBy(() -> BuiltInAnalyses.resolve("latency", null)).hasMessageContaining("traffic router is none");
        assertThatThrownBy(() -> BuiltInAnalyses.resolve("error-rate", TrafficRouter.NGINX))
                .hasMessage("There is no built-in analysis 'error-rate'; built-in analyses: istio-latency-p99,"
                        + " istio-success-rate, latency, nginx-latency-p99, nginx-success-rate, success-rate.");
    }

    @Test
    void shouldUseTheControllersMetricsForCanaryTrafficOnly() {
        AnalysisTemplate nginx = BuiltInAnalyses.resolve("nginx-success-rate", null);
        AnalysisTemplate istio = BuiltInAnalyses.resolve("istio-latency-p99", null);

        assertThat(nginx.query()).isEqualTo(
                "sum(rate(nginx_ingress_controller_requests{namespace=\"{{namespace}}\",ingress=\"{{ingress}}\",canary!=\"\","
                        + "status!~\"5.*\"}[{{interval}}])) / sum(rate(nginx_ingress_controller_requests{"
                        + "namespace=\"{{namespace}}\",ingress=\"{{ingress}}\",canary!=\"\"}[{{interval}}]))");
        assertThat(istio.query()).isEqualTo("histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{"
                + "reporter=\"destination\",destination_workload_namespace=\"{{namespace}}\","
                + "destination_workload=\"{{canary}}\"}[{{interval}}])) by (le))");
    }

    @Test
    void shouldDefaultToOneMinuteWindowsTwentyRequestsAndHumanJudgementOnErrors() {
        assertThat(BuiltInAnalyses.variants().values()).hasSize(4).allSatisfy(template -> {
            assertThat(template.interval()).isEqualTo("1m");
            assertThat(template.minSampleSize()).isEqualTo(20);
            assertThat(template.sampleQuery()).startsWith("sum(increase(").contains("[{{interval}}]");
            assertThat(template.count()).isEqualTo(5);
            assertThat(template.onError()).isEqualTo(Verdict.INCONCLUSIVE);
        });
        assertThat(BuiltInAnalyses.variants().get("nginx-success-rate").successCondition()).isEqualTo(">= 0.99");
        assertThat(BuiltInAnalyses.variants().get("nginx-latency-p99").successCondition()).isEqualTo("< 500");
    }
}
