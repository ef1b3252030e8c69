package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The NGINX ingress controller's routing (ingress-nginx): the most specific path of the stable (non-canary)
 * Ingresses of its classes for the request's host, then the canary Ingress with a rule for the same host and path.
 * As in ingress-nginx's balancer, {@code canary-by-header} decides first (its {@code canary-by-header-value}, or
 * {@code always}/{@code never} without one; another value falls through), then {@code canary-by-cookie}
 * ({@code always}/{@code never}), then {@code canary-weight} out of {@code canary-weight-total} (default 100). A
 * stable Service without ready endpoints makes NGINX answer 503 whatever the canary; a canary Service without them is
 * left out, as ingress-nginx does not merge an alternative backend without endpoints. With several canary Ingresses
 * for one path, the first by name counts.
 */
final class IngressRouter {

    static final String PREFIX = "nginx.ingress.kubernetes.io/";

    private final Set<String> classes;

    /** @param classes the IngressClass names NGINX serves; an Ingress naming no class is served too */
    IngressRouter(Set<String> classes) {
        this.classes = Set.copyOf(classes);
    }

    private record Match(Ingress ingress, HTTPIngressPath path, int specificity) {
    }

    private record Canary(Map<String, String> annotations, Backend backend) {
    }

    Resolution resolve(Request request, ClusterView view) {
        List<Ingress> served = view.ingresses().stream().filter(this::served).toList();
        Optional<Match> stable = served.stream().filter(i -> !isCanary(i))
                .flatMap(i -> matches(i, request).stream())
                .reduce((a, b) -> b.specificity() > a.specificity() ? b : a);
        if (stable.isEmpty()) {
            return Resolution.refused(404);
        }
        Ingress ingress = stable.get().ingress();
        HTTPIngressPath path = stable.get().path();
        IngressServiceBackend stableService = path.getBackend().getService();
        String ingressName = ingress.getMetadata().getName();
        String servicePath = path.getPath() == null ? "/" : path.getPath();
        if (stableService == null || view.readyPods(stableService.getName(), Map.of()).isEmpty()) {
            return new Resolution(List.of(), 503, ingressName, stableService == null ? "" : stableService.getName(),
                    servicePath);
        }
        Backend stableBackend = Backend.of(stableService.getName(), 1);
        List<Backend> backends = served.stream().filter(IngressRouter::isCanary)
                .flatMap(i -> canary(i, request, path, view).stream()).findFirst()
                .map(c -> decide(c.annotations(), request, stableBackend, c.backend()))
                .orElse(List.of(stableBackend));
        return new Resolution(backends, 0, ingressName, stableService.getName(), servicePath);
    }

    private static List<Backend> decide(Map<String, String> annotations, Request request, Backend stable,
            Backend canary) {
        String header = annotations.get(PREFIX + "canary-by-header");
        if (header != null && !header.isEmpty()) {
            Optional<String> value = request.header(header);
            if (value.isPresent()) {
                String wanted = annotations.get(PREFIX + "canary-by-header-value");
                if (wanted != null && !wanted.isEmpty()) {
                    if (wanted.equals(value.get())) {
                        return List.of(canary.withWeight(1));
                    }
                } else if (value.get().equals("always")) {
                    return List.of(canary.withWeight(1));
                } else if (value.get().equals("never")) {
                    return List.of(stable);
                }
            }
        }
        String cookie = annotations.get(PREFIX + "canary-by-cookie");
        if (cookie != null && !cookie.isEmpty()) {
            Optional<String> value = request.cookie(cookie);
            if (value.isPresent() && value.get().equals("always")) {
                return List.of(canary.withWeight(1));
            }
            if (value.isPresent() && value.get().equals("never")) {
                return List.of(stable);
            }
        }
        long total = number(annotations.get(PREFIX + "canary-weight-total"), 100);
        long weight = Math.max(0, Math.min(total, number(annotations.get(PREFIX + "canary-weight"), 0)));
        return List.of(stable.withWeight(total - weight), canary.withWeight(weight));
    }

    /** The canary Ingress's backend for the stable path, unless its Service has no ready endpoints. */
    private static Optional<Canary> canary(Ingress canary, Request request, HTTPIngressPath stablePath,
            ClusterView view) {
        return samePath(canary, request, stablePath)
                .map(p -> p.getBackend().getService())
                .filter(s -> !view.readyPods(s.getName(), Map.of()).isEmpty())
                .map(s -> new Canary(annotations(canary), new Backend(s.getName(), Map.of(), 0,
                        view.namespace() + "-" + s.getName() + "-" + port(s))));
    }

    private static String port(IngressServiceBackend service) {
        if (service.getPort() == null) {
            return "";
        }
        return service.getPort().getNumber() != null ? String.valueOf(service.getPort().getNumber())
                : service.getPort().getName();
    }

    /** The canary Ingress's path for the request's host with the same path string and type as the stable one. */
    private static Optional<HTTPIngressPath> samePath(Ingress canary, Request request, HTTPIngressPath stablePath) {
        return rules(canary).stream().filter(r -> Matching.host(r.getHost(), request.host()))
                .flatMap(r -> r.getHttp() == null ? Stream.empty() : r.getHttp().getPaths().stream())
                .filter(p -> Objects.equals(orRoot(p.getPath()), orRoot(stablePath.getPath()))
                        && p.getBackend() != null && p.getBackend().getService() != null)
                .findFirst();
    }

    private static List<Match> matches(Ingress ingress, Request request) {
        return rules(ingress).stream().filter(r -> Matching.host(r.getHost(), request.host()) && r.getHttp() != null)
                .flatMap(r -> r.getHttp().getPaths().stream()
                        .filter(p -> Matching.path(p.getPathType(), orRoot(p.getPath()), request.path()))
                        .map(p -> new Match(ingress, p, Matching.specificity(p.getPathType(), orRoot(p.getPath()))
                                + (r.getHost() == null || r.getHost().isEmpty() ? 0 : 1_000_000))))
                .toList();
    }

    private static List<IngressRule> rules(Ingress ingress) {
        return ingress.getSpec() == null || ingress.getSpec().getRules() == null ? List.of()
                : ingress.getSpec().getRules();
    }

    private boolean served(Ingress ingress) {
        String className = ingress.getSpec() == null ? null : ingress.getSpec().getIngressClassName();
        if (className == null) {
            className = annotations(ingress).get("kubernetes.io/ingress.class");
        }
        return className == null || classes.contains(className);
    }

    static boolean isCanary(Ingress ingress) {
        return "true".equals(annotations(ingress).get(PREFIX + "canary"));
    }

    private static Map<String, String> annotations(Ingress ingress) {
        Map<String, String> a = ingress.getMetadata().getAnnotations();
        return a == null ? Map.of() : a;
    }

    private static String orRoot(String path) {
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static long number(String value, long otherwise) {
        try {
            return value == null ? otherwise : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
