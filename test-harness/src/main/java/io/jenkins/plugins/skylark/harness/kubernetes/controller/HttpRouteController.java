package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.skylark.harness.kubernetes.FailureInjection;
import io.jenkins.plugins.skylark.harness.kubernetes.RouteFailure;
import java.util.Map;
import java.util.Optional;

/**
 * The route side of the simulated Gateway API implementation: for each HTTPRoute, one {@code status.parents[]} entry
 * per parentRef naming an existing Gateway whose class it controls, with the {@code Accepted} and
 * {@code ResolvedRefs} conditions for the route's current generation, written the exposure delay after that
 * generation was first seen. Refs to unknown Gateways (or other controllers' Gateways) get no entry, and entries
 * of other controllers are kept, as real implementations do.
 */
final class HttpRouteController {

    private final StatusWriter writer;
    private final FailureInjection failures;
    private final ExposureDelay delay;

    HttpRouteController(StatusWriter writer, FailureInjection failures, ExposureDelay delay) {
        this.writer = writer;
        this.failures = failures;
        this.delay = delay;
    }

    /**
     * Reports on every route; counts into {@code attached} ({@code namespace/gateway/listener}) the routes each
     * listener accepted. True while a route it serves still waits for its status.
     */
    boolean reconcile(GatewayObjects objects, Map<String, Integer> attached) {
        boolean waiting = false;
        for (ObjectNode route : objects.routes()) {
            if (route.path("metadata").hasNonNull("deletionTimestamp")) {
                continue;
            }
            Optional<RouteFailure> failure = failures.forRoute(Json.namespace(route), Json.name(route));
            ArrayNode ours = entries(route, objects, failure, attached);
            if (ours.isEmpty()) {
                continue;
            }
            if (failure.orElse(null) == RouteFailure.NO_STATUS
                    || !delay.due(Json.uid(route) + "@" + Json.generation(route))) {
                waiting = true;
                continue;
            }
            writer.write(route, status(route, ours));
        }
        return waiting;
    }

    private ArrayNode entries(ObjectNode route, GatewayObjects objects, Optional<RouteFailure> failure,
            Map<String, Integer> attached) {
        ArrayNode entries = Json.MAPPER.createArrayNode();
        for (JsonNode ref : route.path("spec").path("parentRefs")) {
            if (!Json.text(ref, "group", GatewayObjects.GROUP).equals(GatewayObjects.GROUP)
                    || !Json.text(ref, "kind", "Gateway").equals("Gateway")) {
                continue;
            }
            String namespace = Json.text(ref, "namespace", Json.namespace(route));
            Optional<ObjectNode> gateway = objects.servedGateway(namespace, ref.path("name").asText(),
                    ExposureSettings.GATEWAY_CONTROLLER);
            if (gateway.isEmpty()) {
                continue;
            }
            RouteAttachment attachment = failure.isPresent()
                    ? RouteAttachment.rejected("NotAllowedByListeners", "route refused (failure injection)")
                    : RouteAttachment.evaluate(route, ref, gateway.get(), objects.namespaceLabels());
            attachment.listeners().forEach(l -> attached.merge(Json.key(gateway.get()) + "/" + l, 1, Integer::sum));
            BackendRefs backends = BackendRefs.resolve(route, objects.services());
            Conditions conditions = new Conditions(previousConditions(route, ref), Json.generation(route))
                    .add("Accepted", attachment.accepted(), attachment.reason(), attachment.message())
                    .add("ResolvedRefs", backends.resolved(), backends.reason(), backends.message());
            ObjectNode entry = entries.addObject();
            entry.set("parentRef", ref.deepCopy());
            entry.put("controllerName", ExposureSettings.GATEWAY_CONTROLLER);
            entry.set("conditions", conditions.list());
        }
        return entries;
    }

    /** The route's status with this controller's entries replaced by {@code ours}. */
    private static ObjectNode status(ObjectNode route, ArrayNode ours) {
        ObjectNode status = Json.object();
        ArrayNode parents = status.putArray("parents");
        route.path("status").path("parents").forEach(p -> {
            if (!ExposureSettings.GATEWAY_CONTROLLER.equals(p.path("controllerName").asText())) {
                parents.add(p);
            }
        });
        parents.addAll(ours);
        return status;
    }

    private static JsonNode previousConditions(ObjectNode route, JsonNode ref) {
        for (JsonNode p : route.path("status").path("parents")) {
            if (ExposureSettings.GATEWAY_CONTROLLER.equals(p.path("controllerName").asText())
                    && Json.same(p.get("parentRef"), ref)) {
                return p.path("conditions");
            }
        }
        return Json.MAPPER.createArrayNode();
    }
}
