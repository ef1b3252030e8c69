package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Whether an HTTPRoute attaches to a Gateway through one parentRef, by the Gateway API rules: the listeners the
 * ref selects ({@code sectionName}, {@code port}), those whose {@code allowedRoutes} admit the route (kind, and
 * namespace {@code Same} by default, {@code All} or a {@code Selector}'s matchLabels), and those whose hostname
 * intersects the route's.
 *
 * @param accepted whether the route is accepted
 * @param reason the {@code Accepted} condition's reason
 * @param message the condition's message
 * @param listeners names of the listeners the route attaches to (empty unless accepted)
 */
record RouteAttachment(boolean accepted, String reason, String message, List<String> listeners) {

    static RouteAttachment evaluate(JsonNode route, JsonNode parentRef, JsonNode gateway,
            Map<String, Map<String, String>> namespaceLabels) {
        String sectionName = Json.text(parentRef, "sectionName", null);
        String port = Json.text(parentRef, "port", null);
        List<JsonNode> selected = stream(gateway.path("spec").path("listeners"))
                .filter(l -> sectionName == null || sectionName.equals(l.path("name").asText()))
                .filter(l -> port == null || port.equals(l.path("port").asText())).toList();
        if (selected.isEmpty()) {
            return rejected("NoMatchingParent", "no listener of Gateway " + Json.key(gateway) + " matches the "
                    + "parentRef's sectionName/port");
        }
        String routeNamespace = Json.namespace(route);
        List<JsonNode> allowed = selected.stream().filter(l -> allowsHttpRoutes(l)
                && allowsNamespace(l, Json.namespace(gateway), routeNamespace, namespaceLabels)).toList();
        if (allowed.isEmpty()) {
            return rejected("NotAllowedByListeners", "no listener of Gateway " + Json.key(gateway)
                    + " allows HTTPRoutes from namespace " + routeNamespace);
        }
        List<String> hostnames = Json.strings(route.path("spec").path("hostnames"));
        List<String> matching = allowed.stream()
                .filter(l -> Hostnames.intersect(Json.text(l, "hostname", null), hostnames))
                .map(l -> l.path("name").asText()).toList();
        if (matching.isEmpty()) {
            return rejected("NoMatchingListenerHostname", "no listener hostname of Gateway " + Json.key(gateway)
                    + " matches the route's hostnames " + hostnames);
        }
        return new RouteAttachment(true, "Accepted", "Route is accepted", matching);
    }

    static RouteAttachment rejected(String reason, String message) {
        return new RouteAttachment(false, reason, message, List.of());
    }

    private static boolean allowsHttpRoutes(JsonNode listener) {
        String protocol = listener.path("protocol").asText();
        if (!protocol.equals("HTTP") && !protocol.equals("HTTPS")) {
            return false;
        }
        JsonNode kinds = listener.path("allowedRoutes").path("kinds");
        return kinds.isEmpty() || stream(kinds).anyMatch(k -> k.path("kind").asText().equals("HTTPRoute")
                && Json.text(k, "group", GatewayObjects.GROUP).equals(GatewayObjects.GROUP));
    }

    private static boolean allowsNamespace(JsonNode listener, String gatewayNamespace, String routeNamespace,
            Map<String, Map<String, String>> namespaceLabels) {
        JsonNode namespaces = listener.path("allowedRoutes").path("namespaces");
        return switch (Json.text(namespaces, "from", "Same")) {
            case "All" -> true;
            case "Selector" -> {
                Map<String, String> labels = namespaceLabels.getOrDefault(routeNamespace, Map.of());
                JsonNode matchLabels = namespaces.path("selector").path("matchLabels");
                yield stream(matchLabels::fields)
                        .allMatch(e -> e.getValue().asText().equals(labels.get(e.getKey())));
            }
            default -> gatewayNamespace.equals(routeNamespace);
        };
    }

    private static <T> java.util.stream.Stream<T> stream(Iterable<T> items) {
        return java.util.stream.StreamSupport.stream(items.spliterator(), false);
    }
}
