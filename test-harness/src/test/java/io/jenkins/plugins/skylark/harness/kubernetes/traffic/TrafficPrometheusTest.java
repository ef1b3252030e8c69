package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import io.jenkins.plugins.skylark.harness.prometheus.RequiresPrometheus;
import io.jenkins.plugins.skylark.harness.prometheus.ScrapeTarget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real Prometheus scrapes the simulator every second while clients send wall-clock traffic: the queries the
 * release analyses use (Flagger's NGINX and Istio success rate and latency shapes) see the injected errors and
 * latency of the canary. Each wait is for data to arrive, never a timed assertion.
 */
@RequiresPrometheus
class TrafficPrometheusTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String NGINX_CANARY = "nginx_ingress_controller_requests{namespace=\"shop\",ingress=\"web\","
            + "canary!=\"\"";
    private static final String ISTIO_CANARY = "istio_requests_total{reporter=\"destination\","
            + "destination_workload_namespace=\"shop\",destination_workload=\"orders-canary\"";

    @Test
    void shouldLetPromQlSeeTheCanarysErrorsLatencyAndShare() throws Exception {
        try (FakeKubernetes fake = Shop.start()) {
            fake.client().network().v1().ingresses().resource(Shop.ingress("web", "web.shop.example.com", "orders",
                    Map.of())).create();
            fake.client().network().v1().ingresses().resource(Shop.ingress("web-canary", "web.shop.example.com",
                    "orders-canary", Map.of("nginx.ingress.kubernetes.io/canary", "true",
                            "nginx.ingress.kubernetes.io/canary-weight", "50"))).create();
            fake.failures().onTraffic(NS, "orders-canary", TrafficFault.errors(0.5)
                    .withLatency(Duration.ofMillis(300)));
            fake.traffic().viaIngress(NS, "web.shop.example.com", "/").requestsPerSecond(100);
            fake.traffic().viaService(NS, "orders-canary").requestsPerSecond(40);

            try (PrometheusServer prometheus = PrometheusServer.start(ScrapeTarget.of("traffic",
                    "127.0.0.1:" + fake.traffic().metricsPort()))) {
                prometheus.awaitScraped("traffic", WAIT);
                prometheus.awaitNonEmpty("sum(increase(" + NGINX_CANARY + "}[10s])) >= 100", WAIT);
                prometheus.awaitNonEmpty("sum(increase(" + ISTIO_CANARY + "}[10s])) >= 50", WAIT);

                double nginxSuccess = value(prometheus, "sum(rate(" + NGINX_CANARY + ",status!~\"5.*\"}[10s]))"
                        + " / sum(rate(" + NGINX_CANARY + "}[10s]))");
                double nginxP99 = value(prometheus, "histogram_quantile(0.99, sum(rate("
                        + "nginx_ingress_controller_request_duration_seconds_bucket{namespace=\"shop\","
                        + "ingress=\"web\",canary!=\"\"}[10s])) by (le)) * 1000");
                double canaryShare = value(prometheus, "sum(rate(" + NGINX_CANARY + "}[10s]))"
                        + " / sum(rate(nginx_ingress_controller_requests{namespace=\"shop\",ingress=\"web\"}[10s]))");
                double istioSuccess = value(prometheus, "sum(rate(" + ISTIO_CANARY + ",response_code!~\"5.*\"}[10s]))"
                        + " / sum(rate(" + ISTIO_CANARY + "}[10s]))");

                assertThat(nginxSuccess).isCloseTo(0.5, within(0.05));
                assertThat(nginxP99).isBetween(250.0, 500.0);
                assertThat(canaryShare).isCloseTo(0.5, within(0.05));
                assertThat(istioSuccess).isCloseTo(0.5, within(0.05));
            }
        }
    }

    private static double value(PrometheusServer prometheus, String promql) throws Exception {
        List<JsonNode> series = prometheus.vector(promql);
        assertThat(series).as(promql).hasSize(1);
        return series.get(0).path("value").get(1).asDouble();
    }
}
