package io.jenkins.plugins.skylark.deploy.release.router;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Istio {@code VirtualService}: in every {@code http} entry whose {@code route} names the stable Service as
 * destination host (short or qualified name), a canary destination beside it (the same host form with the canary
 * Service's name), weights summing to 100. The canary is a Service of its own, so no {@code DestinationRule}
 * subset is needed or written: a stable destination's subset stays as the user set it, the canary one has none.
 * A match is one extra {@code http} entry per stable entry, placed above the user's entries (Istio takes the
 * first entry that matches): the stable entry's conditions plus a header condition ({@code exact} value, or
 * {@code regex: .*} = any value), routing only to the canary. A cookie is matched on the {@code cookie} header
 * by the value ingress-nginx uses, {@code always}: Flagger's {@code ^(.*?;)?(<name>=always)(;.*)?$}, with
 * {@code \s*} after the {@code ;} because clients separate cookies by {@code "; "} (RFC 6265), which Flagger's
 * form matches only for the first cookie.
 */
final class VirtualServiceSplit implements RouteSplit {
    /** The {@code name} of the http entries the release adds. */
    static final String MATCH_PREFIX = "skylark-canary-match-";
    private static final String COOKIE_START = "^(.*?;\\s*)?(";
    private static final String COOKIE_END = "=always)(;.*)?$";
    private static final Pattern COOKIE = Pattern.compile(Pattern.quote(COOKIE_START) + "(.+)" + Pattern.quote(COOKIE_END));
    private static final LocalizedBundle TEXT = LocalizedBundle.of(VirtualServiceSplit.class);

    @Override
    public String apiVersion() {
        return "networking.istio.io/v1";
    }

    @Override
    public String kind() {
        return "VirtualService";
    }

    @Override
    public String plural() {
        return "virtualservices";
    }

    @Override
    public String product() {
        return "Istio";
    }

    @Override
    public void checkMatch(ReleaseStep.Match match) {
        // headers, values and cookies: all supported
    }

    @Override
    public List<Object> stableWeights(Map<String, Object> spec, ReleaseTarget target, String what) {
        List<Object> weights = new ArrayList<>();
        stableEntries(spec, target, what).forEach(entry -> weights.add(destination(entry, target.stableService(),
                target).get("weight")));
        return weights;
    }

    @Override
    public void weigh(Map<String, Object> spec, ReleaseTarget target, int percent, String what) {
        for (Map<String, Object> entry : stableEntries(spec, target, what)) {
            List<Object> route = Maps.childList(entry, "route");
            Map<String, Object> stable = destination(entry, target.stableService(), target);
            Map<String, Object> canary = destination(entry, target.canaryService(), target);
            Weights.split(route, stable, canary, destination -> canaryDestination(destination, target), percent);
        }
    }

    @Override
    public void match(Map<String, Object> spec, ReleaseTarget target, ReleaseStep.Match match, String what) {
        List<Object> http = Maps.childList(spec, "http");
        http.removeIf(entry -> isMatchEntry(Maps.map(entry)));
        if (match == null) {
            return;
        }
        List<Map<String, Object>> added = new ArrayList<>();
        for (Map<String, Object> entry : stableEntries(spec, target, what)) {
            Map<String, Object> copy = Maps.copy(entry);
            copy.put("name", MATCH_PREFIX + added.size());
            copy.put("route", new ArrayList<>(List.of(canaryDestination(destination(entry, target.stableService(),
                    target), target))));
            List<Object> conditions = Maps.childList(copy, "match");
            if (conditions.isEmpty()) {
                conditions.add(new LinkedHashMap<>());
            }
            for (Map<String, Object> condition : Maps.maps(conditions)) {
                Maps.childMap(condition, "headers").putAll(headerCondition(match));
            }
            added.add(copy);
        }
        http.addAll(0, added);
    }

    @Override
    public void strip(Map<String, Object> spec, ReleaseTarget target, List<Object> originals) {
        Maps.childList(spec, "http").removeIf(entry -> isMatchEntry(Maps.map(entry)));
        int index = 0;
        for (Map<String, Object> entry : Maps.maps(spec.get("http"))) {
            Map<String, Object> stable = destination(entry, target.stableService(), target);
            if (stable == null) {
                continue;
            }
            Maps.childList(entry, "route").removeIf(each -> isHost(Maps.map(each), target.canaryService(), target));
            Weights.restore(stable, originals, index++);
        }
    }

    @Override
    public TrafficWeights read(Map<String, Object> spec, ReleaseTarget target, String what) {
        Map<String, Object> entry = stableEntries(spec, target, what).get(0);
        Map<String, Object> canaryDestination = destination(entry, target.canaryService(), target);
        int stable = Maps.integer(destination(entry, target.stableService(), target), "weight", 100);
        int canary = canaryDestination == null ? 0 : Maps.integer(canaryDestination, "weight", 0);
        ReleaseStep.Match match = Maps.maps(spec.get("http")).stream().filter(VirtualServiceSplit::isMatchEntry)
                .map(VirtualServiceSplit::readMatch).filter(Objects::nonNull).findFirst().orElse(null);
        return new TrafficWeights(Weights.percent(canary, stable), match, false);
    }

    static Map<String, Object> headerCondition(ReleaseStep.Match match) {
        if (match.cookie() != null) {
            String name = match.cookie().replaceAll("([^A-Za-z0-9_-])", "\\\\$1");
            return Map.of("cookie", Map.of("regex", COOKIE_START + name + COOKIE_END));
        }
        Map<String, String> condition = match.value() == null ? Map.of("regex", ".*") : Map.of("exact", match.value());
        return Map.of(match.header().toLowerCase(Locale.ROOT), condition);
    }

    /** The condition of the entry's first match; {@code null} for an entry without header condition. */
    private static ReleaseStep.Match readMatch(Map<String, Object> entry) {
        List<Map<String, Object>> conditions = Maps.maps(entry.get("match"));
        Map<String, Object> headers = conditions.isEmpty() ? Map.of() : Maps.map(conditions.get(0).get("headers"));
        if (headers.isEmpty()) {
            return null;
        }
        Map<String, Object> cookie = Maps.map(headers.get("cookie"));
        Matcher cookieName = COOKIE.matcher(String.valueOf(cookie.get("regex")));
        if (cookieName.matches()) {
            return new ReleaseStep.Match(null, null, cookieName.group(1).replaceAll("\\\\(.)", "$1"));
        }
        Map.Entry<String, Object> header = headers.entrySet().iterator().next();
        return new ReleaseStep.Match(header.getKey(), Maps.string(Maps.map(header.getValue()), "exact"), null);
    }

    /** The entries routing to the stable Service (never our match entries); refuses a route without one. */
    private static List<Map<String, Object>> stableEntries(Map<String, Object> spec, ReleaseTarget target, String what) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> entry : Maps.maps(spec.get("http"))) {
            if (isMatchEntry(entry) || destination(entry, target.stableService(), target) == null) {
                continue;
            }
            for (Map<String, Object> each : Maps.maps(entry.get("route"))) {
                if (!isHost(each, target.stableService(), target) && !isHost(each, target.canaryService(), target)) {
                    throw new RoutingException(TEXT.format("route.otherBackends", what, target.stableService(),
                            host(each)));
                }
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new RoutingException(TEXT.format("route.noStable", what, target.stableService()));
        }
        return entries;
    }

    private static boolean isMatchEntry(Map<String, Object> entry) {
        String name = Maps.string(entry, "name");
        return name != null && name.startsWith(MATCH_PREFIX);
    }

    private static Map<String, Object> destination(Map<String, Object> entry, String service, ReleaseTarget target) {
        return Maps.maps(entry.get("route")).stream().filter(each -> isHost(each, service, target)).findFirst()
                .orElse(null);
    }

    /** The canary twin of a stable route destination: same host form and port, no subset, no weight. */
    private static Map<String, Object> canaryDestination(Map<String, Object> stable, ReleaseTarget target) {
        Map<String, Object> canary = Maps.copy(stable);
        canary.remove("weight");
        Map<String, Object> destination = Maps.childMap(canary, "destination");
        destination.remove("subset");
        destination.put("host", target.canaryService() + host(stable).substring(target.stableService().length()));
        return canary;
    }

    /** {@code orders}, {@code orders.shop}, {@code orders.shop.svc…}: the Service in the target's namespace. */
    private static boolean isHost(Map<String, Object> routeDestination, String service, ReleaseTarget target) {
        String host = host(routeDestination);
        return host != null && (host.equals(service) || host.equals(service + "." + target.namespace())
                || host.startsWith(service + "." + target.namespace() + ".svc"));
    }

    private static String host(Map<String, Object> routeDestination) {
        return Maps.string(Maps.map(routeDestination.get("destination")), "host");
    }
}
