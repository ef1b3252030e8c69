package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import io.jenkins.plugins.skylark.harness.prometheus.StaticMetricsEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Request counters and latency histograms as the NGINX ingress controller and Istio's destination
 * reporter label them, for one namespace, served to a real Prometheus. Every series is first scraped at
 * 0 and then advanced at once, so rates see exactly the requests the test asked for.
 */
final class CanaryMetrics {

    static final String INGRESS = "orders";
    static final String CANARY = "orders-canary";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> NGINX_BUCKETS = List.of("0.1", "0.25", "0.5", "1", "+Inf");
    private static final List<String> ISTIO_BUCKETS = List.of("50", "100", "250", "500", "1000", "+Inf");

    private final StaticMetricsEndpoint endpoint;
    private final PrometheusServer prometheus;
    private final String namespace;

    CanaryMetrics(StaticMetricsEndpoint endpoint, PrometheusServer prometheus, String namespace) {
        this.endpoint = endpoint;
        this.prometheus = prometheus;
        this.namespace = namespace;
    }

    /** The placeholder values of a release of {@code orders} in this namespace. */
    Map<String, String> placeholders() {
        return Map.of("application", "orders", "namespace", namespace, "ingress", INGRESS, "canary", CANARY,
                "stable", "orders", "canaryService", CANARY, "stableService", "orders");
    }

    /**
     * NGINX canary traffic: {@code ok} 200s and {@code errors} 500s through the canary, each request taking
     * the bucket's duration ({@code durations[i]} requests in bucket {@code i}); the stable version
     * meanwhile answers half its requests with 500s, which canary analyses must not see.
     */
    void nginx(int ok, int errors, int... durations) throws IOException {
        String requests = "nginx_ingress_controller_requests";
        String buckets = "nginx_ingress_controller_request_duration_seconds_bucket";
        Map<String, String> canary = Map.of("namespace", namespace, "ingress", INGRESS, "canary", namespace + "-" + CANARY + "-80");
        Map<String, String> stable = Map.of("namespace", namespace, "ingress", INGRESS, "canary", "");
        advance(metrics -> {
            counters(metrics, requests, canary, "status", ok, errors);
            counters(metrics, requests, stable, "status", 50, 50);
            histogram(metrics, buckets, canary, NGINX_BUCKETS, durations);
        }, requests + "{namespace=\"" + namespace + "\"}");
    }

    /** Istio canary traffic, as reported by the destination's proxy; durations as in {@link #nginx}. */
    void istio(int ok, int errors, int... durations) throws IOException {
        String requests = "istio_requests_total";
        Map<String, String> canary = Map.of("reporter", "destination", "destination_workload_namespace", namespace,
                "destination_workload", CANARY);
        Map<String, String> stable = Map.of("reporter", "destination", "destination_workload_namespace", namespace,
                "destination_workload", "orders");
        advance(metrics -> {
            counters(metrics, requests, canary, "response_code", ok, errors);
            counters(metrics, requests, stable, "response_code", 50, 50);
            histogram(metrics, "istio_request_duration_milliseconds_bucket", canary, ISTIO_BUCKETS, durations);
        }, requests + "{destination_workload_namespace=\"" + namespace + "\"}");
    }

    private interface Traffic {
        void add(Increments metrics);
    }

    /** Zeroes every series the traffic touches, waits until Prometheus has them, then adds the traffic. */
    private void advance(Traffic traffic, String selector) throws IOException {
        endpoint.atomically(metrics -> traffic.add((name, labels, delta) -> metrics.add(name, labels, 0)));
        prometheus.awaitNonEmpty("count(" + selector + ") == 4", WAIT); // 200s and 500s of canary and stable
        String counter = selector.substring(0, selector.indexOf('{'));
        double[] total = new double[1];
        endpoint.atomically(metrics -> traffic.add((name, labels, delta) -> {
            metrics.add(name, labels, delta);
            total[0] += name.equals(counter) ? delta : 0;
        }));
        prometheus.awaitNonEmpty("sum(" + selector + ") == " + total[0], WAIT);
    }

    @FunctionalInterface
    private interface Increments {
        void add(String name, Map<String, String> labels, double delta);
    }

    private static void counters(Increments metrics, String name, Map<String, String> labels, String codeLabel,
            int ok, int errors) {
        metrics.add(name, with(labels, codeLabel, "200"), ok);
        metrics.add(name, with(labels, codeLabel, "500"), errors);
    }

    /** Cumulative buckets from per-bucket counts; {@code +Inf} holds them all. */
    private static void histogram(Increments metrics, String name, Map<String, String> labels, List<String> bounds,
            int... perBucket) {
        int cumulative = 0;
        for (int i = 0; i < bounds.size(); i++) {
            cumulative += i < perBucket.length ? perBucket[i] : 0;
            metrics.add(name, with(labels, "le", bounds.get(i)), cumulative);
        }
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> copy = new HashMap<>(labels);
        copy.put(name, value);
        return copy;
    }
}
