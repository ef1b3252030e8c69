package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.CANARY;
import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Failure rules show in the exported metrics; the exposition is valid text format served over HTTP. */
class TrafficMetricsTest {

    private static FakeKubernetes fake;

    @BeforeAll
    static void start() {
        fake = Shop.start();
        fake.client().network().v1().ingresses().resource(Shop.ingress("metrics", "metrics.shop.example.com",
                "orders", Map.of())).create();
        fake.client().network().v1().ingresses().resource(Shop.ingress("metrics-canary", "metrics.shop.example.com",
                "orders-canary", Map.of("nginx.ingress.kubernetes.io/canary", "true",
                        "nginx.ingress.kubernetes.io/canary-weight", "100"))).create();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @AfterEach
    void clearRules() {
        fake.failures().clearAll();
    }

    @Test
    void shouldCountInjectedErrorsOfAVersionInIstioMetrics() {
        Map<String, String> canary = Map.of("reporter", "destination", "destination_workload", "orders-canary",
                "destination_workload_namespace", NS, "destination_service_name", "orders-canary");
        ExpositionCheck before = ExpositionCheck.parse(fake.traffic().exposition());
        long failedBefore = fake.traffic().requestsFailed(CANARY);
        fake.failures().onTraffic(NS, "orders-canary", TrafficFault.errors(0.3));

        TrafficTally tally = fake.traffic().viaService(NS, "orders-canary").send(10);

        ExpositionCheck after = ExpositionCheck.parse(fake.traffic().exposition());
        assertThat(tally.status(500)).isEqualTo(3);
        assertThat(after.sum("istio_requests_total", with(canary, "response_code", "500"))
                - before.sum("istio_requests_total", with(canary, "response_code", "500"))).isEqualTo(3);
        assertThat(after.sum("istio_requests_total", with(canary, "response_code", "200"))
                - before.sum("istio_requests_total", with(canary, "response_code", "200"))).isEqualTo(7);
        assertThat(fake.traffic().requestsFailed(CANARY) - failedBefore).isEqualTo(3);
    }

    @Test
    void shouldApplyImageRulesToNginxCountsAndLatencyBuckets() {
        // a host of its own: its series start at zero whatever ran before
        fake.client().network().v1().ingresses().resource(Shop.ingress("images", "images.shop.example.com",
                "orders", Map.of())).create();
        fake.client().network().v1().ingresses().resource(Shop.ingress("images-canary", "images.shop.example.com",
                "orders-canary", Map.of("nginx.ingress.kubernetes.io/canary", "true",
                        "nginx.ingress.kubernetes.io/canary-weight", "100"))).create();
        fake.failures().onImageTraffic(Shop.CANARY_IMAGE, TrafficFault.errors(0.5).withStatus(502)
                .withLatency(Duration.ofMillis(300)));

        fake.traffic().viaIngress(NS, "images.shop.example.com", "/").send(4);

        ExpositionCheck metrics = ExpositionCheck.parse(fake.traffic().exposition());
        Map<String, String> canary = Map.of("ingress", "images", "canary", "shop-orders-canary-80",
                "service", "orders");
        assertThat(metrics.sum("nginx_ingress_controller_requests", with(canary, "status", "502"))).isEqualTo(2);
        Map<String, String> ok = with(canary, "status", "200");
        assertThat(metrics.sum("nginx_ingress_controller_request_duration_seconds_bucket", with(ok, "le", "0.25")))
                .isZero();
        assertThat(metrics.sum("nginx_ingress_controller_request_duration_seconds_bucket", with(ok, "le", "0.5")))
                .isEqualTo(2);
        assertThat(metrics.sum("nginx_ingress_controller_request_duration_seconds_sum", ok)).isEqualTo(0.6);
    }

    @Test
    void shouldServeTheExpositionOverHttp() throws Exception {
        fake.traffic().viaService(NS, "orders").send(1);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fake.traffic().metricsUrl())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("# TYPE istio_requests_total counter\n");
        ExpositionCheck.parse(response.body());
    }

    @Test
    void shouldGrowTheCountersWithWallClockTime() {
        TrafficClient users = fake.traffic().viaService(NS, "orders-canary").requestsPerSecond(200);
        try {
            long first = awaitServed(1);
            long later = awaitServed(first + 20);
            assertThat(later).isGreaterThan(first);
        } finally {
            users.requestsPerSecond(0);
        }
    }

    @Test
    void shouldPassPromtoolsLintWhenPrometheusIsInstalled() throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        assumeTrue(Files.isExecutable(promtool), "promtool (Debian package prometheus) not installed");
        fake.failures().onTraffic(NS, "orders", TrafficFault.errors(0.5));
        fake.traffic().viaIngress(NS, "metrics.shop.example.com", "/").header("x", "y").send(3);
        fake.traffic().viaService(NS, "orders").send(3);

        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(fake.traffic().exposition().getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // promtool also lints names; these two are the real exporters' names (ingress-nginx, Istio), kept on purpose
        assertThat(output.lines().filter(l -> !l.contains("counter metrics should have \"_total\" suffix"))
                .filter(l -> !l.contains("use base unit \"seconds\" instead of \"milliseconds\""))
                .filter(l -> !l.isBlank()).toList()).isEmpty();
        assertThat(check.exitValue()).as(output).isIn(0, 3);
    }

    private static long awaitServed(long atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            long n = (long) ExpositionCheck.parse(fake.traffic().exposition()).sum("istio_requests_total",
                    Map.of("destination_workload", "orders-canary", "response_code", "200"));
            if (n >= atLeast) {
                return n;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("fewer than " + atLeast + " requests counted after 30 s");
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(labels);
        all.put(name, value);
        return all;
    }
}
