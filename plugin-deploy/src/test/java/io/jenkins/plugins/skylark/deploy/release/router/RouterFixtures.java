package io.jenkins.plugins.skylark.deploy.release.router;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The user's objects a release starts from, written as their own tools would (another field manager). */
final class RouterFixtures {
    static final String NS = "shop";
    static final String USER = "kubectl";

    private RouterFixtures() {
    }

    static ReleaseTarget target(RouterKind kind) {
        return ReleaseTarget.of(NS, "orders", null, kind);
    }

    /** Applies YAML as the user's {@code kubectl apply --server-side} would. */
    static HasMetadata apply(KubernetesClient client, String yaml) {
        HasMetadata object = client.getKubernetesSerialization().unmarshal(yaml);
        return client.resource(object).fieldManager(USER).serverSideApply();
    }

    static void services(KubernetesClient client) {
        for (String name : List.of("orders", "orders-canary", "static")) {
            apply(client, """
                    apiVersion: v1
                    kind: Service
                    metadata: {name: %s, namespace: shop}
                    spec:
                      selector: {app: %s}
                      ports: [{name: http, port: 80, targetPort: 8080}]
                    """.formatted(name, name));
        }
    }

    /** Another writer's JSON merge patch (e.g. {@code kubectl annotate}, {@code kubectl patch --type merge}). */
    static void foreignPatch(KubernetesClient client, HasMetadata object, String mergePatch) {
        client.resource(object).patch(new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE)
                .withFieldManager("someone-else").build(), mergePatch);
    }

    static GenericKubernetesResource route(KubernetesClient client, String apiVersion, String kind, String name) {
        return client.genericKubernetesResources(apiVersion, kind).inNamespace(NS).withName(name).get();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource route) {
        return (Map<String, Object>) route.getAdditionalProperties().get("spec");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return new ArrayList<>((List<Map<String, Object>>) map.get(key));
    }
}
