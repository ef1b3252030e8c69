package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.skylark.harness.kubernetes.FailureInjection;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends requests through the routers: picks a backend by the route's weights, then one of its ready pods (each pod
 * an equal share, as kube-proxy and Envoy's round robin give), answers with the pod's version's traffic fault and
 * records what the exporters would. Both picks are smooth weighted round-robin, so shares are exact over whole
 * cycles.
 */
final class Dispatcher {

    /** What happened to one request: the version that served it (null if none) and the status. */
    record Outcome(Version version, int status) {
    }

    private final FailureInjection failures;
    private final Exporters exporters;
    private final IngressRouter ingress;
    private final HttpRouteRouter httpRoutes = new HttpRouteRouter();
    private final VirtualServiceRouter virtualServices = new VirtualServiceRouter();
    private final WeightedRoundRobin roundRobin = new WeightedRoundRobin();
    private final Map<Version, Long> served = new HashMap<>();
    private final Map<Version, Long> failed = new HashMap<>();
    /** Requests per version and way in: a fault's errors are spread over each of them. */
    private final Map<FaultStream, Long> faultTurns = new HashMap<>();

    /**
     * One version's requests by one way in. Counting a fault's turns per version only, one exporter's share (the
     * canary Ingress) of interleaved streams (the Ingress and the Service) could see 56 % errors for 50 %.
     */
    private record FaultStream(Version version, Entry entry, String host) {
    }

    Dispatcher(FailureInjection failures, Exporters exporters, Set<String> nginxClasses) {
        this.failures = failures;
        this.exporters = exporters;
        this.ingress = new IngressRouter(nginxClasses);
    }

    synchronized Outcome dispatch(Request request, ClusterView view, String clientKey) {
        Resolution resolution = resolve(request, view);
        if (resolution.refusal() != 0) {
            exporters.record(request, resolution, null, null, null, resolution.refusal(), Duration.ZERO);
            return new Outcome(null, resolution.refusal());
        }
        Map<String, Backend> byKey = new LinkedHashMap<>();
        Map<String, Long> weights = new LinkedHashMap<>();
        for (Backend b : resolution.backends()) {
            byKey.putIfAbsent(b.key() + b.canaryUpstream(), b);
            weights.merge(b.key() + b.canaryUpstream(), b.weight(), Long::sum);
        }
        Backend backend = byKey.get(roundRobin.pick(clientKey + " route", weights));
        List<Pod> pods = view.readyPods(backend.service(), backend.subset());
        if (pods.isEmpty()) {
            exporters.record(request, resolution, backend, null, null, 503, Duration.ZERO);
            return new Outcome(null, 503);
        }
        Map<String, Long> each = new LinkedHashMap<>();
        pods.forEach(p -> each.put(p.getMetadata().getName(), 1L));
        String podName = roundRobin.pick(clientKey + " " + backend.key(), each);
        Pod pod = pods.stream().filter(p -> p.getMetadata().getName().equals(podName)).findFirst().orElseThrow();
        Version version = view.versionOf(pod);
        TrafficFault fault = failures.forTraffic(images(pod), version.namespace(), version.workload())
                .orElse(TrafficFault.HEALTHY);
        served.merge(version, 1L, Long::sum);
        long n = faultTurns.merge(new FaultStream(version, request.entry(), request.host()), 1L, Long::sum);
        int status = fault.fails(n) ? fault.status() : 200;
        if (status != 200) {
            failed.merge(version, 1L, Long::sum);
        }
        exporters.record(request, resolution, backend, pod, version, status, fault.latency());
        return new Outcome(version, status);
    }

    /**
     * The share of requests each version would serve, from the current objects: each backend's weight share times
     * its version's share of the backend's ready pods. What is missing to 1 is answered without a pod (404, 503 …).
     */
    synchronized Map<Version, Double> shares(Request request, ClusterView view) {
        Resolution resolution = resolve(request, view);
        Map<Version, Double> shares = new LinkedHashMap<>();
        double total = resolution.backends().stream().mapToLong(Backend::weight).sum();
        for (Backend b : resolution.backends()) {
            List<Pod> pods = b.weight() == 0 ? List.of() : view.readyPods(b.service(), b.subset());
            for (Pod p : pods) {
                shares.merge(view.versionOf(p), b.weight() / total / pods.size(), Double::sum);
            }
        }
        return shares;
    }

    synchronized long served(Version version) {
        return served.getOrDefault(version, 0L);
    }

    synchronized long failed(Version version) {
        return failed.getOrDefault(version, 0L);
    }

    private Resolution resolve(Request request, ClusterView view) {
        return switch (request.entry()) {
            case INGRESS -> ingress.resolve(request, view);
            case HTTP_ROUTE -> httpRoutes.resolve(request, view);
            case VIRTUAL_SERVICE -> virtualServices.resolve(request, view);
            case SERVICE -> Resolution.to(List.of(Backend.of(request.host(), 1)));
        };
    }

    private static List<String> images(Pod pod) {
        return pod.getSpec() == null ? List.of() : pod.getSpec().getContainers().stream().map(Container::getImage)
                .toList();
    }
}
