package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The {@code ResolvedRefs} condition of an HTTPRoute: every backendRef of its rules must be a Service (core group)
 * in the route's namespace that exists. Cross-namespace references count as not permitted: the fake serves no
 * ReferenceGrant.
 *
 * @param resolved whether all references resolve
 * @param reason {@code ResolvedRefs}, {@code InvalidKind}, {@code RefNotPermitted} or {@code BackendNotFound}
 * @param message what was (not) resolved
 */
record BackendRefs(boolean resolved, String reason, String message) {

    static BackendRefs resolve(JsonNode route, Set<String> services) {
        String namespace = Json.namespace(route);
        for (JsonNode rule : route.path("spec").path("rules")) {
            for (JsonNode ref : rule.path("backendRefs")) {
                String name = ref.path("name").asText();
                String kind = Json.text(ref, "kind", "Service");
                if (!Json.text(ref, "group", "").isEmpty() || !kind.equals("Service")) {
                    return new BackendRefs(false, "InvalidKind", "backendRef " + name + " is of unsupported kind "
                            + kind);
                }
                String refNamespace = Json.text(ref, "namespace", namespace);
                if (!refNamespace.equals(namespace)) {
                    return new BackendRefs(false, "RefNotPermitted", "backendRef " + refNamespace + "/" + name
                            + " is in another namespace and no ReferenceGrant allows it");
                }
                if (!services.contains(namespace + "/" + name)) {
                    return new BackendRefs(false, "BackendNotFound", "Service " + namespace + "/" + name
                            + " not found");
                }
            }
        }
        return new BackendRefs(true, "ResolvedRefs", "Resolved all the Object references for the Route");
    }
}
