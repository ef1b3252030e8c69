package io.jenkins.plugins.skylark.deploy.release.router;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gateway API {@code HTTPRoute}: in every rule whose backendRefs name the stable Service, a canary backendRef
 * beside it, weights stable {@code 100 - w}, canary {@code w} (weights are relative; the two sum to 100). A match
 * is one extra rule per stable rule: the same matches (paths, methods …) plus an {@code Exact} header match,
 * and only the canary backend; among rules with the same path the one with more header matches wins, so it
 * takes those requests whatever the weight. Refused: cookies (Gateway API matches the {@code Cookie} header only
 * by {@code RegularExpression}, whose support is implementation-specific) and a header without a value (only
 * {@code Exact} has core support).
 */
final class HttpRouteSplit implements RouteSplit {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(HttpRouteSplit.class);

    @Override
    public String apiVersion() {
        return "gateway.networking.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "HTTPRoute";
    }

    @Override
    public String plural() {
        return "httproutes";
    }

    @Override
    public String product() {
        return "Gateway API";
    }

    @Override
    public void checkMatch(ReleaseStep.Match match) {
        if (match != null && match.cookie() != null) {
            throw new UnsupportedOperationException(TEXT.format("gateway.cookie", match.cookie()));
        }
        if (match != null && match.value() == null) {
            throw new UnsupportedOperationException(TEXT.format("gateway.headerValue", match.header()));
        }
    }

    @Override
    public List<Object> stableWeights(Map<String, Object> spec, ReleaseTarget target, String what) {
        List<Object> weights = new ArrayList<>();
        stableRules(spec, target, what).forEach(rule -> weights.add(stableRef(rule, target).get("weight")));
        return weights;
    }

    @Override
    public void weigh(Map<String, Object> spec, ReleaseTarget target, int percent, String what) {
        for (Map<String, Object> rule : stableRules(spec, target, what)) {
            List<Object> refs = Maps.childList(rule, "backendRefs");
            Map<String, Object> stable = stableRef(rule, target);
            Map<String, Object> canary = findRef(rule, target.canaryService(), target.namespace());
            Weights.split(refs, stable, canary, ref -> canaryRef(ref, target), percent);
        }
    }

    @Override
    public void match(Map<String, Object> spec, ReleaseTarget target, ReleaseStep.Match match, String what) {
        List<Object> rules = Maps.childList(spec, "rules");
        rules.removeIf(rule -> isMatchRule(Maps.map(rule), target));
        if (match == null) {
            return;
        }
        for (Map<String, Object> rule : stableRules(spec, target, what)) {
            Map<String, Object> copy = Maps.copy(rule);
            copy.remove("name"); // rule names are unique within a route
            Map<String, Object> canary = canaryRef(stableRef(rule, target), target);
            copy.put("backendRefs", new ArrayList<>(List.of(canary)));
            List<Object> matches = Maps.childList(copy, "matches");
            if (matches.isEmpty()) {
                matches.add(new LinkedHashMap<>(Map.of("path", Map.of("type", "PathPrefix", "value", "/"))));
            }
            for (Map<String, Object> each : Maps.maps(matches)) {
                Maps.childList(each, "headers").add(new LinkedHashMap<>(
                        Map.of("type", "Exact", "name", match.header(), "value", match.value())));
            }
            rules.add(copy);
        }
    }

    @Override
    public void strip(Map<String, Object> spec, ReleaseTarget target, List<Object> originals) {
        Maps.childList(spec, "rules").removeIf(rule -> isMatchRule(Maps.map(rule), target));
        int index = 0;
        for (Map<String, Object> rule : Maps.maps(spec.get("rules"))) {
            Map<String, Object> stable = findRef(rule, target.stableService(), target.namespace());
            if (stable == null) {
                continue;
            }
            Maps.childList(rule, "backendRefs")
                    .removeIf(ref -> refersTo(Maps.map(ref), target.canaryService(), target.namespace()));
            Weights.restore(stable, originals, index++);
        }
    }

    @Override
    public TrafficWeights read(Map<String, Object> spec, ReleaseTarget target, String what) {
        Map<String, Object> rule = stableRules(spec, target, what).get(0);
        int stable = Maps.integer(stableRef(rule, target), "weight", 1);
        Map<String, Object> canaryRef = findRef(rule, target.canaryService(), target.namespace());
        int canary = canaryRef == null ? 0 : Maps.integer(canaryRef, "weight", 1);
        ReleaseStep.Match match = Maps.maps(spec.get("rules")).stream().filter(each -> isMatchRule(each, target))
                .map(HttpRouteSplit::readMatch).filter(Objects::nonNull).findFirst().orElse(null);
        return new TrafficWeights(Weights.percent(canary, stable), match, false);
    }

    /** The header the release added last to the rule's first match; {@code null} for a rule without one. */
    private static ReleaseStep.Match readMatch(Map<String, Object> rule) {
        List<Map<String, Object>> matches = Maps.maps(rule.get("matches"));
        List<Map<String, Object>> headers = matches.isEmpty() ? List.of() : Maps.maps(matches.get(0).get("headers"));
        if (headers.isEmpty()) {
            return null;
        }
        Map<String, Object> header = headers.get(headers.size() - 1);
        return new ReleaseStep.Match(Maps.string(header, "name"), Maps.string(header, "value"), null);
    }

    /** The rules sending traffic to the stable Service (never our match rules); refuses a route without one. */
    private static List<Map<String, Object>> stableRules(Map<String, Object> spec, ReleaseTarget target, String what) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> rule : Maps.maps(spec.get("rules"))) {
            if (findRef(rule, target.stableService(), target.namespace()) == null) {
                continue;
            }
            for (Map<String, Object> ref : Maps.maps(rule.get("backendRefs"))) {
                if (!refersTo(ref, target.stableService(), target.namespace())
                        && !refersTo(ref, target.canaryService(), target.namespace())) {
                    throw new RoutingException(TEXT.format("route.otherBackends", what, target.stableService(),
                            Maps.string(ref, "name")));
                }
            }
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw new RoutingException(TEXT.format("route.noStable", what, target.stableService()));
        }
        return rules;
    }

    private static Map<String, Object> stableRef(Map<String, Object> rule, ReleaseTarget target) {
        return findRef(rule, target.stableService(), target.namespace());
    }

    private static Map<String, Object> canaryRef(Map<String, Object> stable, ReleaseTarget target) {
        Map<String, Object> canary = Maps.copy(stable);
        canary.put("name", target.canaryService());
        canary.remove("weight");
        return canary;
    }

    /** A rule the release added: every backend is the canary Service. */
    private static boolean isMatchRule(Map<String, Object> rule, ReleaseTarget target) {
        List<Map<String, Object>> refs = Maps.maps(rule.get("backendRefs"));
        return !refs.isEmpty() && refs.stream().allMatch(ref -> refersTo(ref, target.canaryService(), target.namespace()));
    }

    private static Map<String, Object> findRef(Map<String, Object> rule, String service, String namespace) {
        return Maps.maps(rule.get("backendRefs")).stream().filter(ref -> refersTo(ref, service, namespace))
                .findFirst().orElse(null);
    }

    /** A backendRef to the Service: core group and kind Service (the defaults), same namespace. */
    private static boolean refersTo(Map<String, Object> ref, String service, String namespace) {
        String kind = Maps.string(ref, "kind");
        String group = Maps.string(ref, "group");
        String refNamespace = Maps.string(ref, "namespace");
        return service.equals(Maps.string(ref, "name")) && (kind == null || kind.equals("Service"))
                && (group == null || group.isEmpty()) && (refNamespace == null || refNamespace.equals(namespace));
    }
}
