package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The defaults a real API server fills into workloads on every write, so that clients reading them back see
 * the same fields they would see on a cluster (replicas, strategy, history limit, progress deadline).
 */
final class Defaults {

    private Defaults() {
    }

    static void apply(ObjectNode object) {
        if (!"apps/v1".equals(object.path("apiVersion").asText()) || !(object.get("spec") instanceof ObjectNode)) {
            return;
        }
        ObjectNode spec = (ObjectNode) object.get("spec");
        switch (object.path("kind").asText()) {
            case "Deployment" -> {
                putIfAbsent(spec, "replicas", 1);
                putIfAbsent(spec, "revisionHistoryLimit", 10);
                putIfAbsent(spec, "progressDeadlineSeconds", 600);
                if (!spec.has("strategy")) {
                    spec.putObject("strategy").put("type", "RollingUpdate").putObject("rollingUpdate")
                            .put("maxSurge", "25%").put("maxUnavailable", "25%");
                }
            }
            case "StatefulSet" -> {
                putIfAbsent(spec, "replicas", 1);
                putIfAbsent(spec, "revisionHistoryLimit", 10);
                if (!spec.has("podManagementPolicy")) {
                    spec.put("podManagementPolicy", "OrderedReady");
                }
                if (!spec.has("updateStrategy")) {
                    spec.putObject("updateStrategy").put("type", "RollingUpdate").putObject("rollingUpdate")
                            .put("partition", 0);
                }
            }
            case "DaemonSet" -> {
                putIfAbsent(spec, "revisionHistoryLimit", 10);
                if (!spec.has("updateStrategy")) {
                    spec.putObject("updateStrategy").put("type", "RollingUpdate").putObject("rollingUpdate")
                            .put("maxUnavailable", 1).put("maxSurge", 0);
                }
            }
            case "ReplicaSet" -> putIfAbsent(spec, "replicas", 1);
            default -> {
                // other apps kinds have no defaults the fake needs
            }
        }
    }

    private static void putIfAbsent(ObjectNode spec, String field, int value) {
        JsonNode current = spec.get(field);
        if (current == null || current.isNull()) {
            spec.put(field, value);
        }
    }
}
