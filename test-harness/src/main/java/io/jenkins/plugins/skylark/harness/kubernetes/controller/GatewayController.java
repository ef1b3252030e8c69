package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The gateway side of the simulated Gateway API implementation: GatewayClasses naming its controller are
 * {@code Accepted}; their Gateways get, the exposure delay after each generation is first seen, the addresses
 * requested in {@code spec.addresses}, the {@code Accepted} and {@code Programmed} conditions ({@code Programmed}
 * False with {@code AddressNotAssigned} when none is requested) and one status per listener with its attached
 * routes.
 */
final class GatewayController {

    private final StatusWriter writer;
    private final ExposureDelay delay;

    GatewayController(StatusWriter writer, ExposureDelay delay) {
        this.writer = writer;
        this.delay = delay;
    }

    /** True while a Gateway it serves still waits to be programmed. */
    boolean reconcile(GatewayObjects objects, Map<String, Integer> attached) {
        objects.classes().values().stream().filter(GatewayController::ours).forEach(c -> writer.write(c,
                status(new Conditions(c.path("status").path("conditions"), Json.generation(c))
                        .add("Accepted", true, "Accepted", "GatewayClass is accepted"))));
        boolean waiting = false;
        for (ObjectNode gateway : objects.gateways().values()) {
            if (objects.servedGateway(Json.namespace(gateway), Json.name(gateway),
                    ExposureSettings.GATEWAY_CONTROLLER).isEmpty()) {
                continue;
            }
            if (!delay.due("gateway:" + Json.uid(gateway) + "@" + Json.generation(gateway))) {
                waiting = true;
                continue;
            }
            writer.write(gateway, gatewayStatus(gateway, attached));
        }
        return waiting;
    }

    private static boolean ours(JsonNode gatewayClass) {
        return ExposureSettings.GATEWAY_CONTROLLER.equals(gatewayClass.path("spec").path("controllerName").asText());
    }

    private static ObjectNode status(Conditions conditions) {
        ObjectNode status = Json.object();
        status.set("conditions", conditions.list());
        return status;
    }

    private static ObjectNode gatewayStatus(ObjectNode gateway, Map<String, Integer> attached) {
        long generation = Json.generation(gateway);
        JsonNode old = gateway.path("status");
        ObjectNode status = Json.object();
        ArrayNode addresses = status.putArray("addresses");
        for (JsonNode requested : gateway.path("spec").path("addresses")) {
            String value = requested.path("value").asText();
            addresses.addObject().put("type", Addresses.isIp(value) ? "IPAddress" : "Hostname").put("value", value);
        }
        Conditions conditions = new Conditions(old.path("conditions"), generation)
                .add("Accepted", true, "Accepted", "Gateway is accepted");
        if (addresses.isEmpty()) {
            conditions.add("Programmed", false, "AddressNotAssigned", "no address requested in spec.addresses");
        } else {
            conditions.add("Programmed", true, "Programmed", "Gateway is programmed");
        }
        status.set("conditions", conditions.list());
        ArrayNode listeners = status.putArray("listeners");
        for (JsonNode listener : gateway.path("spec").path("listeners")) {
            String name = listener.path("name").asText();
            ObjectNode l = listeners.addObject().put("name", name);
            boolean http = listener.path("protocol").asText().startsWith("HTTP");
            ArrayNode kinds = l.putArray("supportedKinds");
            if (http) {
                kinds.addObject().put("group", GatewayObjects.GROUP).put("kind", "HTTPRoute");
            }
            l.put("attachedRoutes", attached.getOrDefault(Json.key(gateway) + "/" + name, 0));
            l.set("conditions", new Conditions(previousListener(old, name), generation)
                    .add("Accepted", true, "Accepted", "Listener is accepted")
                    .add("Programmed", true, "Programmed", "Listener is programmed")
                    .add("ResolvedRefs", true, "ResolvedRefs", "Listener references are resolved")
                    .add("Conflicted", false, "NoConflicts", "Listener has no conflicts").list());
        }
        return status;
    }

    private static JsonNode previousListener(JsonNode oldStatus, String name) {
        for (JsonNode l : oldStatus.path("listeners")) {
            if (name.equals(l.path("name").asText())) {
                return l.path("conditions");
            }
        }
        return Json.MAPPER.createArrayNode();
    }
}
