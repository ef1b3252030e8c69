package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for objects the controllers handle as JSON trees (the Gateway API kinds). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText();
    }

    /** {@code namespace/name}. */
    static String key(JsonNode object) {
        return namespace(object) + "/" + name(object);
    }

    static long generation(JsonNode object) {
        return object.path("metadata").path("generation").asLong(1);
    }

    static String uid(JsonNode object) {
        return object.path("metadata").path("uid").asText();
    }

    /** The text of a field, or {@code fallback} when absent or null. */
    static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    /** The strings of an array field (empty when absent). */
    static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(v -> result.add(v.asText()));
        return result;
    }

    /** Whether two trees hold the same JSON (int and long numbers alike, key order ignored). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        try {
            return MAPPER.readTree(a.toString()).equals(MAPPER.readTree(b.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("re-reading JSON the controller built", e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
