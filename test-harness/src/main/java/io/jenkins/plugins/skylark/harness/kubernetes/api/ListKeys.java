package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How lists merge, as the Kubernetes OpenAPI schema declares it ({@code x-kubernetes-list-type: map} with its
 * keys, or {@code set}); every other list is atomic and replaced as a whole. Keyed by field name, which is
 * unambiguous for the kinds the fake serves.
 */
final class ListKeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, List<String>> MAP_LISTS = Map.ofEntries(
            Map.entry("containers", List.of("name")),
            Map.entry("initContainers", List.of("name")),
            Map.entry("ephemeralContainers", List.of("name")),
            Map.entry("env", List.of("name")),
            Map.entry("volumes", List.of("name")),
            Map.entry("volumeMounts", List.of("mountPath")),
            Map.entry("volumeDevices", List.of("devicePath")),
            Map.entry("imagePullSecrets", List.of("name")),
            Map.entry("hostAliases", List.of("ip")),
            Map.entry("conditions", List.of("type")),
            Map.entry("ownerReferences", List.of("uid")),
            Map.entry("topologySpreadConstraints", List.of("topologyKey", "whenUnsatisfiable")),
            Map.entry("resourceClaims", List.of("name")),
            // Gateway API: Gateway spec.listeners and status.listeners
            Map.entry("listeners", List.of("name")));

    private ListKeys() {
    }

    /** The key fields of list {@code field}, empty when the list is atomic (or a set). */
    static Optional<List<String>> of(String field, JsonNode list) {
        if (field.equals("ports")) {
            boolean containerPorts = list != null && list.size() > 0 && list.get(0).has("containerPort");
            return Optional.of(containerPorts ? List.of("containerPort", "protocol") : List.of("port", "protocol"));
        }
        return Optional.ofNullable(MAP_LISTS.get(field));
    }

    /** Whether list {@code field} is a set of scalars. */
    static boolean isSet(String field) {
        return field.equals("finalizers");
    }

    /** The identity of a list element: its key fields as a JSON object ({@code protocol} defaults to TCP). */
    static String identity(JsonNode element, List<String> keys) {
        ObjectNode id = JSON.createObjectNode();
        for (String k : keys) {
            JsonNode v = element.get(k);
            if (v == null && k.equals("protocol")) {
                id.put(k, "TCP");
            } else if (v != null) {
                id.set(k, v);
            }
        }
        return id.toString();
    }
}
