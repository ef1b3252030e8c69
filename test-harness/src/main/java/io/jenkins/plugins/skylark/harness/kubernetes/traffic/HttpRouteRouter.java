package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gateway API routing: among the HTTPRoutes of the namespace whose {@code hostnames} admit the request's host (none
 * listed admits any), the rule with the most specific matching {@code matches} entry takes it (an exact path before a
 * longer prefix before a shorter one, then more header clauses; ties go to the earlier rule), and its
 * {@code backendRefs} share it by relative {@code weight} (default 1). A rule without {@code matches} matches every
 * path. No matching rule answers 404; a rule whose backends all weigh 0 answers 500, as the API prescribes. Routes
 * are used whether or not a Gateway accepted them.
 */
final class HttpRouteRouter {

    static final String API_VERSION = "gateway.networking.k8s.io/v1";

    private record Candidate(JsonNode rule, int specificity) {
    }

    Resolution resolve(Request request, ClusterView view) {
        Optional<Candidate> best = Optional.empty();
        for (JsonNode spec : view.specs(API_VERSION, "HTTPRoute").values()) {
            if (!admitsHost(spec.path("hostnames"), request.host())) {
                continue;
            }
            for (JsonNode rule : spec.path("rules")) {
                Optional<Candidate> c = match(rule, request);
                if (c.isPresent() && (best.isEmpty() || c.get().specificity() > best.get().specificity())) {
                    best = c;
                }
            }
        }
        if (best.isEmpty()) {
            return Resolution.refused(404);
        }
        List<Backend> backends = new ArrayList<>();
        for (JsonNode ref : best.get().rule().path("backendRefs")) {
            if (ref.path("kind").asText("Service").equals("Service")) {
                backends.add(Backend.of(ref.path("name").asText(), ref.path("weight").asLong(1)));
            }
        }
        return backends.stream().anyMatch(b -> b.weight() > 0) ? Resolution.to(backends) : Resolution.refused(500);
    }

    private static boolean admitsHost(JsonNode hostnames, String host) {
        if (!hostnames.isArray() || hostnames.isEmpty()) {
            return true;
        }
        for (JsonNode h : hostnames) {
            if (Matching.host(h.asText(), host)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Candidate> match(JsonNode rule, Request request) {
        JsonNode matches = rule.path("matches");
        if (!matches.isArray() || matches.isEmpty()) {
            return Optional.of(new Candidate(rule, Matching.specificity("PathPrefix", "/") * 100));
        }
        Optional<Candidate> best = Optional.empty();
        for (JsonNode m : matches) {
            String type = m.path("path").path("type").asText("PathPrefix");
            String value = m.path("path").path("value").asText("/");
            if (!Matching.path(type, value, request.path()) || !headersMatch(m.path("headers"), request)) {
                continue;
            }
            int specificity = Matching.specificity(type, value) * 100 + m.path("headers").size();
            if (best.isEmpty() || specificity > best.get().specificity()) {
                best = Optional.of(new Candidate(rule, specificity));
            }
        }
        return best;
    }

    private static boolean headersMatch(JsonNode headers, Request request) {
        for (JsonNode h : headers) {
            Optional<String> value = request.header(h.path("name").asText());
            String wanted = h.path("value").asText();
            boolean ok = "RegularExpression".equals(h.path("type").asText("Exact"))
                    ? value.map(v -> v.matches(wanted)).orElse(false)
                    : value.map(wanted::equals).orElse(false);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
