package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * Istio routing inside the mesh: the first VirtualService of the namespace (by name) whose {@code hosts} name the
 * request's host takes it; its {@code http} entries are tried in order and the first whose {@code match} admits the
 * request (any clause; in a clause every {@code headers} and {@code uri} condition: {@code exact}, {@code prefix} or
 * {@code regex}; no {@code match} admits all) routes it to its {@code route} destinations by {@code weight} (a single
 * destination takes all). A destination's {@code host} names a Service (short name or
 * {@code name.namespace.svc.cluster.local}); its {@code subset} adds the labels of that subset in the
 * DestinationRule for the host. Without a VirtualService for the host the request goes to the Service of that name,
 * as the mesh's default route does; an entry-less miss answers 404.
 */
final class VirtualServiceRouter {

    static final String API_VERSION = "networking.istio.io/v1";

    Resolution resolve(Request request, ClusterView view) {
        Optional<JsonNode> service = view.specs(API_VERSION, "VirtualService").values().stream()
                .filter(spec -> names(spec.path("hosts"), request.host(), view.namespace())).findFirst();
        if (service.isEmpty()) {
            return Resolution.to(List.of(Backend.of(serviceName(request.host()), 1)));
        }
        for (JsonNode http : service.get().path("http")) {
            if (admits(http.path("match"), request)) {
                return route(http.path("route"), view);
            }
        }
        return Resolution.refused(404);
    }

    private static Resolution route(JsonNode routes, ClusterView view) {
        List<Backend> backends = new ArrayList<>();
        for (JsonNode r : routes) {
            String host = r.path("destination").path("host").asText();
            String subset = r.path("destination").path("subset").asText("");
            long weight = r.has("weight") ? r.path("weight").asLong() : routes.size() == 1 ? 100 : 0;
            Optional<Map<String, String>> labels = subset.isEmpty() ? Optional.of(Map.of())
                    : subsetLabels(view, serviceName(host), subset);
            // an unknown subset has no endpoints: Envoy answers 503 for it
            backends.add(new Backend(serviceName(host), labels.orElse(Map.of("skylark.jenkins.io/no-subset", subset)),
                    weight, ""));
        }
        return backends.stream().anyMatch(b -> b.weight() > 0) ? Resolution.to(backends) : Resolution.refused(500);
    }

    private static Optional<Map<String, String>> subsetLabels(ClusterView view, String service, String subset) {
        for (JsonNode rule : view.specs(API_VERSION, "DestinationRule").values()) {
            if (!serviceName(rule.path("host").asText()).equals(service)) {
                continue;
            }
            for (JsonNode s : rule.path("subsets")) {
                if (s.path("name").asText().equals(subset)) {
                    Map<String, String> labels = new HashMap<>();
                    s.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
                    return Optional.of(labels);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean admits(JsonNode match, Request request) {
        if (!match.isArray() || match.isEmpty()) {
            return true;
        }
        for (JsonNode clause : match) {
            if (clauseAdmits(clause, request)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseAdmits(JsonNode clause, Request request) {
        for (Entry<String, JsonNode> h : iterable(clause.path("headers"))) {
            if (!request.header(h.getKey()).map(v -> condition(h.getValue(), v)).orElse(false)) {
                return false;
            }
        }
        return !clause.has("uri") || condition(clause.path("uri"), request.path());
    }

    private static boolean condition(JsonNode condition, String value) {
        if (condition.has("exact")) {
            return condition.path("exact").asText().equals(value);
        }
        if (condition.has("prefix")) {
            return value.startsWith(condition.path("prefix").asText());
        }
        return condition.has("regex") && value.matches(condition.path("regex").asText());
    }

    /** Whether the VirtualService's hosts name this host, by short name, FQDN or external hostname. */
    private static boolean names(JsonNode hosts, String host, String namespace) {
        for (JsonNode h : hosts) {
            String name = h.asText().toLowerCase(Locale.ROOT);
            if (Matching.host(name, host) || (isServiceHost(name, namespace) && isServiceHost(host, namespace)
                    && serviceName(name).equals(serviceName(host)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isServiceHost(String host, String namespace) {
        return !host.contains(".") || host.endsWith("." + namespace) || host.endsWith("." + namespace + ".svc")
                || host.endsWith("." + namespace + ".svc.cluster.local");
    }

    static String serviceName(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(0, dot);
    }

    private static Iterable<Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
