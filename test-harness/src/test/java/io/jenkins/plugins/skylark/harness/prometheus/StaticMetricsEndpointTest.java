package io.jenkins.plugins.skylark.harness.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticMetricsEndpointTest {

    @Test
    void shouldServeTheSeriesInTheTextFormat() throws Exception {
        try (StaticMetricsEndpoint metrics = StaticMetricsEndpoint.start()) {
            metrics.set("requests_total", Map.of("status", "200", "ingress", "orders"), 3)
                    .add("requests_total", Map.of("status", "200", "ingress", "orders"), 2)
                    .set("latency_bucket", Map.of("le", "+Inf", "path", "a\"b"), 1);

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://" + metrics.hostPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().lines()).containsExactly(
                    "latency_bucket{le=\"+Inf\",path=\"a\\\"b\"} 1.0",
                    "requests_total{ingress=\"orders\",status=\"200\"} 5.0");
        }
    }

    @Test
    void shouldRefuseNamesPrometheusWouldReject() throws Exception {
        try (StaticMetricsEndpoint metrics = StaticMetricsEndpoint.start()) {
            assertThatThrownBy(() -> metrics.set("requests-total", Map.of(), 1)).hasMessageContaining("requests-total");
            assertThatThrownBy(() -> metrics.set("ok", Map.of("bad-label", "x"), 1)).hasMessageContaining("bad-label");
        }
    }

    @Test
    void shouldWriteOneScrapeJobPerTarget() {
        String config = PrometheusServer.config(List.of(ScrapeTarget.of("nginx", "127.0.0.1:1234")));

        assertThat(config).contains("scrape_interval: 1s", "evaluation_interval: 1s", "job_name: 'nginx'",
                "targets: ['127.0.0.1:1234']", "metrics_path: '/metrics'");
        assertThatThrownBy(() -> ScrapeTarget.of("nginx", "localhost")).hasMessageContaining("hostPort");
    }
}
