package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code autoscaling/v1 Scale} view of a workload ({@code …/scale} subresource). */
final class Scale {

    private Scale() {
    }

    static ObjectNode of(JsonNode workload) {
        ObjectNode scale = JsonNodeFactory.instance.objectNode().put("kind", "Scale").put("apiVersion",
                "autoscaling/v1");
        JsonNode meta = workload.path("metadata");
        ObjectNode metadata = scale.putObject("metadata");
        for (String field : List.of("name", "namespace", "uid", "resourceVersion", "creationTimestamp")) {
            if (meta.has(field)) {
                metadata.set(field, meta.get(field));
            }
        }
        scale.putObject("spec").put("replicas", workload.path("spec").path("replicas").asInt(1));
        scale.putObject("status").put("replicas", workload.path("status").path("replicas").asInt(0))
                .put("selector", selector(workload.path("spec").path("selector").path("matchLabels")));
        return scale;
    }

    private static String selector(JsonNode matchLabels) {
        List<String> parts = new ArrayList<>();
        matchLabels.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(",", parts);
    }
}
