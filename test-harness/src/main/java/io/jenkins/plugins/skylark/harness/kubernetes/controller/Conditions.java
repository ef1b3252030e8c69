package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds {@code metav1.Condition} lists as Gateway API status carries them: type, status, reason, message,
 * observedGeneration and a lastTransitionTime kept from the previous condition of that type unless its status
 * changed.
 */
final class Conditions {

    private final ArrayNode list = Json.MAPPER.createArrayNode();
    private final JsonNode previous;
    private final long generation;

    /**
     * @param previous the condition list written before (missing node when none)
     * @param generation the generation of the object the conditions describe
     */
    Conditions(JsonNode previous, long generation) {
        this.previous = previous;
        this.generation = generation;
    }

    Conditions add(String type, boolean status, String reason, String message) {
        String value = status ? "True" : "False";
        ObjectNode c = list.addObject().put("type", type).put("status", value).put("reason", reason)
                .put("message", message).put("observedGeneration", generation);
        c.put("lastTransitionTime", transitionTime(type, value));
        return this;
    }

    ArrayNode list() {
        return list;
    }

    private String transitionTime(String type, String status) {
        for (JsonNode old : previous) {
            if (type.equals(old.path("type").asText()) && status.equals(old.path("status").asText())
                    && old.hasNonNull("lastTransitionTime")) {
                return old.get("lastTransitionTime").asText();
            }
        }
        return EventRecorder.now();
    }
}
