package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyses every environment has, with the queries Flagger's built-in {@code request-success-rate}
 * and {@code request-duration} checks use for the NGINX ingress controller and Istio (NGINX latency
 * from its request-duration histogram). Canary traffic only: NGINX labels requests its canary Ingress
 * routed with a non-empty {@code canary} label (under the stable Ingress' name), Istio's destination
 * reporter names the canary workload. {@code success-rate} and {@code latency} pick the environment
 * router's variant.
 */
public final class BuiltInAnalyses {

    public static final String SUCCESS_RATE = "success-rate";
    public static final String LATENCY = "latency";

    private static final LocalizedBundle TEXT = LocalizedBundle.of(BuiltInAnalyses.class);
    private static final String INTERVAL = "1m";
    private static final int COUNT = 5;
    private static final int FAILURE_LIMIT = 1;
    private static final int INCONCLUSIVE_LIMIT = 2;
    private static final double MIN_REQUESTS = 20;

    private static final String NGINX_SELECTOR = "namespace=\"{{namespace}}\",ingress=\"{{ingress}}\",canary!=\"\"";
    private static final String ISTIO_SELECTOR = "reporter=\"destination\",destination_workload_namespace=\"{{namespace}}\","
            + "destination_workload=\"{{canary}}\"";

    private static final Map<String, AnalysisTemplate> VARIANTS = build();

    private BuiltInAnalyses() {
    }

    /** Every built-in name: the two generic ones and the router-specific variants. */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>(VARIANTS.keySet());
        names.addAll(List.of(SUCCESS_RATE, LATENCY));
        return names;
    }

    public static boolean isBuiltIn(String name) {
        return names().contains(name);
    }

    /** The router-specific variants by name, in a stable order (for documentation and tests). */
    public static Map<String, AnalysisTemplate> variants() {
        return Collections.unmodifiableMap(VARIANTS);
    }

    private static Map<String, AnalysisTemplate> build() {
        Map<String, AnalysisTemplate> variants = new LinkedHashMap<>();
        add(variants, "nginx-success-rate", successRate("nginx_ingress_controller_requests", NGINX_SELECTOR, "status"));
        add(variants, "nginx-latency-p99", latency("histogram_quantile(0.99, sum(rate("
                + "nginx_ingress_controller_request_duration_seconds_bucket{" + NGINX_SELECTOR + "}[{{interval}}]))"
                + " by (le)) * 1000", "nginx_ingress_controller_requests", NGINX_SELECTOR));
        add(variants, "istio-success-rate", successRate("istio_requests_total", ISTIO_SELECTOR, "response_code"));
        add(variants, "istio-latency-p99", latency("histogram_quantile(0.99, sum(rate("
                + "istio_request_duration_milliseconds_bucket{" + ISTIO_SELECTOR + "}[{{interval}}])) by (le))",
                "istio_requests_total", ISTIO_SELECTOR));
        return variants;
    }

    /**
     * The built-in analysis {@code name} for an environment whose router is {@code router} ({@code null}:
     * none).
     *
     * @throws InvalidAnalysisException when {@code name} is not built in, or is generic and the router has
     *     no metrics these queries read
     */
    public static AnalysisTemplate resolve(String name, TrafficRouter router) {
        if (VARIANTS.containsKey(name)) {
            return VARIANTS.get(name);
        }
        if (!SUCCESS_RATE.equals(name) && !LATENCY.equals(name)) {
            throw new InvalidAnalysisException(List.of(TEXT.format("builtin.unknown", name, String.join(", ", names()))));
        }
        String suffix = SUCCESS_RATE.equals(name) ? "-success-rate" : "-latency-p99";
        if (router == TrafficRouter.NGINX) {
            return VARIANTS.get("nginx" + suffix);
        }
        if (router == TrafficRouter.ISTIO) {
            return VARIANTS.get("istio" + suffix);
        }
        throw new InvalidAnalysisException(List.of(TEXT.format("builtin.router", name,
                router == null ? TEXT.format("builtin.router.none") : router.userName())));
    }

    private static void add(Map<String, AnalysisTemplate> variants, String name, Shape shape) {
        variants.put(name, new AnalysisTemplate(name, shape.query(), shape.condition(), shape.sampleQuery(),
                MIN_REQUESTS, INTERVAL, COUNT, FAILURE_LIMIT, INCONCLUSIVE_LIMIT, Verdict.INCONCLUSIVE));
    }

    private record Shape(String query, String condition, String sampleQuery) {
    }

    /** Share of canary requests not answered with a 5xx, 0 to 1. */
    private static Shape successRate(String counter, String selector, String codeLabel) {
        String all = "sum(rate(" + counter + "{" + selector + "}[{{interval}}]))";
        String ok = "sum(rate(" + counter + "{" + selector + "," + codeLabel + "!~\"5.*\"}[{{interval}}]))";
        return new Shape(ok + " / " + all, ">= 0.99", requests(counter, selector));
    }

    /** 99th percentile of canary request durations, in milliseconds. */
    private static Shape latency(String query, String counter, String selector) {
        return new Shape(query, "< 500", requests(counter, selector));
    }

    private static String requests(String counter, String selector) {
        return "sum(increase(" + counter + "{" + selector + "}[{{interval}}]))";
    }
}
