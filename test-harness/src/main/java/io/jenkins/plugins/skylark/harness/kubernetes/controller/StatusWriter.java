package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Writes the status of a Gateway API object through its status subresource, with the resourceVersion it was read
 * at (a conflict means the next pass tries again), and only when the status changed.
 */
final class StatusWriter {

    private final KubernetesClient client;

    StatusWriter(KubernetesClient client) {
        this.client = client;
    }

    void write(ObjectNode object, JsonNode status) {
        if (Json.same(object.get("status"), status)) {
            return;
        }
        ObjectNode updated = object.deepCopy();
        updated.set("status", status);
        GenericKubernetesResource resource = client.getKubernetesSerialization()
                .convertValue(updated, GenericKubernetesResource.class);
        var context = GatewayObjects.context(object.path("kind").asText());
        if (context.isNamespaceScoped()) {
            client.genericKubernetesResources(context).inNamespace(Json.namespace(object)).resource(resource)
                    .updateStatus();
        } else {
            client.genericKubernetesResources(context).resource(resource).updateStatus();
        }
    }
}
