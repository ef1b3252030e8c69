package io.jenkins.plugins.skylark.harness.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@RequiresPrometheus
class PrometheusServerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REQUESTS = "http_requests_total";

    @Test
    void shouldScrapeTheTargetAndAnswerPromQl() throws Exception {
        try (StaticMetricsEndpoint metrics = StaticMetricsEndpoint.start()
                .set(REQUESTS, Map.of("code", "200"), 0).set(REQUESTS, Map.of("code", "500"), 0);
             PrometheusServer prometheus = PrometheusServer.start(ScrapeTarget.of("app", metrics.hostPort()))) {
            prometheus.awaitScraped("app", WAIT);
            metrics.add(REQUESTS, Map.of("code", "200"), 90).add(REQUESTS, Map.of("code", "500"), 10);
            prometheus.awaitNonEmpty("sum(" + REQUESTS + ") == 100", WAIT);

            List<JsonNode> ratio = prometheus.vector(
                    "sum(increase(" + REQUESTS + "{code!~\"5..\"}[1m])) / sum(increase(" + REQUESTS + "[1m]))");

            assertThat(ratio).singleElement().satisfies(series ->
                    assertThat(series.path("value").get(1).asDouble()).isCloseTo(0.9, within(1e-9)));
        }
    }

    @Test
    void shouldFailTheWaitWhenTheTargetIsDown() throws Exception {
        try (PrometheusServer prometheus = PrometheusServer.start(ScrapeTarget.of("gone", "127.0.0.1:" + closedPort()))) {
            assertThatThrownBy(() -> prometheus.awaitScraped("gone", Duration.ofSeconds(10)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("up{job=\"gone\"} == 1")
                    .hasMessageContaining("\"health\":\"down\"");
        }
    }

    @Test
    void shouldReportTheErrorOfABadQuery() throws Exception {
        try (PrometheusServer prometheus = PrometheusServer.start()) {
            assertThatThrownBy(() -> prometheus.query("sum(")).isInstanceOf(IOException.class)
                    .hasMessageContaining("bad_data");
        }
    }

    @Test
    void shouldStopAndDeleteItsStorageWhenClosed() throws Exception {
        PrometheusServer prometheus = PrometheusServer.start();
        Path directory = prometheus.directory();
        assertThat(directory.resolve("prometheus.yml")).exists();

        prometheus.close();

        assertThat(directory).doesNotExist();
        assertThatThrownBy(() -> prometheus.query("up")).isInstanceOf(IOException.class);
    }

    @Test
    void shouldNameTheMissingBinary() {
        String previous = System.setProperty(PrometheusServer.BINARY_PROPERTY, "/nonexistent/prometheus");
        try {
            assertThatThrownBy(PrometheusServer::start).isInstanceOf(IOException.class)
                    .hasMessageContaining("/nonexistent/prometheus")
                    .hasMessageContaining("apt-get install -y prometheus");
        } finally {
            System.clearProperty(PrometheusServer.BINARY_PROPERTY);
            if (previous != null) {
                System.setProperty(PrometheusServer.BINARY_PROPERTY, previous);
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
