package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The series the real exporters would add for a request: the NGINX ingress controller's for requests entering
 * through an Ingress, the Istio sidecar's (standard metrics) for the others. Label names and values are theirs:
 * NGINX's {@code canary} holds the canary upstream ({@code namespace-service-port}) when the canary served the
 * request and is empty otherwise, {@code ingress} and {@code service} name the stable Ingress and its Service either
 * way; Istio's served requests are reported by the destination ({@code reporter="destination"}), requests no pod
 * took (no route, no healthy upstream) by the source with {@code destination_workload="unknown"}.
 */
final class Exporters {

    static final String NGINX_REQUESTS = "nginx_ingress_controller_requests";
    static final String NGINX_DURATION = "nginx_ingress_controller_request_duration_seconds";
    static final String ISTIO_REQUESTS = "istio_requests_total";
    static final String ISTIO_DURATION = "istio_request_duration_milliseconds";

    /** client_golang's default buckets, which ingress-nginx keeps for its time histograms. */
    private static final double[] NGINX_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    /** Istio's default buckets for request durations (milliseconds). */
    private static final double[] ISTIO_BUCKETS = {0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000,
        30000, 60000, 300000, 600000, 1800000, 3600000};

    private final RequestMetrics metrics = new RequestMetrics(
            new RequestMetrics.Family(NGINX_REQUESTS, "The total number of client requests", null),
            new RequestMetrics.Family(NGINX_DURATION, "The request processing time in milliseconds", NGINX_BUCKETS),
            new RequestMetrics.Family(ISTIO_REQUESTS, "Requests handled by the proxy", null),
            new RequestMetrics.Family(ISTIO_DURATION, "Request durations in milliseconds", ISTIO_BUCKETS));

    RequestMetrics metrics() {
        return metrics;
    }

    /**
     * Records one request.
     *
     * @param backend the backend that took it, null when the router answered itself
     * @param pod the pod that served it, null when none did
     * @param version the pod's version, null when none served it
     */
    void record(Request request, Resolution resolution, Backend backend, Pod pod, Version version, int status,
            Duration latency) {
        double millis = latency.toNanos() / 1e6;
        if (request.entry() == Entry.INGRESS) {
            Map<String, String> labels = nginx(request, resolution, backend, status);
            metrics.count(NGINX_REQUESTS, labels);
            metrics.observe(NGINX_DURATION, labels, millis / 1000);
        } else {
            Map<String, String> labels = istio(request, backend, pod, version, status);
            metrics.count(ISTIO_REQUESTS, labels);
            metrics.observe(ISTIO_DURATION, labels, millis);
        }
    }

    private static Map<String, String> nginx(Request request, Resolution resolution, Backend backend, int status) {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("controller_namespace", "ingress-nginx");
        l.put("controller_class", "k8s.io/ingress-nginx");
        l.put("controller_pod", "ingress-nginx-controller-fake");
        l.put("namespace", resolution.ingress().isEmpty() ? "" : request.namespace());
        l.put("ingress", resolution.ingress());
        l.put("service", resolution.ingressService());
        l.put("canary", backend == null ? "" : backend.canaryUpstream());
        l.put("path", resolution.path());
        l.put("host", request.host());
        l.put("method", request.method());
        l.put("status", Integer.toString(status));
        return l;
    }

    private static Map<String, String> istio(Request request, Backend backend, Pod pod, Version version, int status) {
        String ns = request.namespace();
        String service = backend != null ? backend.service() : VirtualServiceRouter.serviceName(request.host());
        Map<String, String> podLabels = pod == null || pod.getMetadata().getLabels() == null ? Map.of()
                : pod.getMetadata().getLabels();
        Map<String, String> l = new LinkedHashMap<>();
        l.put("reporter", version == null ? "source" : "destination");
        l.put("source_workload", "unknown");
        l.put("source_workload_namespace", "unknown");
        l.put("source_app", "unknown");
        l.put("destination_workload", version == null ? "unknown" : version.workload());
        l.put("destination_workload_namespace", version == null ? "unknown" : ns);
        l.put("destination_app", podLabels.getOrDefault("app", "unknown"));
        l.put("destination_version", podLabels.getOrDefault("version", "unknown"));
        l.put("destination_canonical_service", podLabels.getOrDefault("service.istio.io/canonical-name",
                podLabels.getOrDefault("app", version == null ? "unknown" : version.workload())));
        l.put("destination_canonical_revision", podLabels.getOrDefault("service.istio.io/canonical-revision",
                podLabels.getOrDefault("version", "latest")));
        l.put("destination_service", service + "." + ns + ".svc.cluster.local");
        l.put("destination_service_name", service);
        l.put("destination_service_namespace", ns);
        l.put("destination_cluster", "Kubernetes");
        l.put("request_protocol", "http");
        l.put("response_code", Integer.toString(status));
        l.put("response_flags", version != null ? "-" : status == 404 ? "NR" : status == 503 ? "UH" : "-");
        l.put("grpc_response_status", "");
        l.put("connection_security_policy", version == null ? "unknown" : "mutual_tls");
        return l;
    }
}
