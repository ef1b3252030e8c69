package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * The Gateway API CustomResourceDefinitions (standard channel, {@code gateway.networking.k8s.io/v1}) for the kinds
 * the fake's gateway implementation handles: GatewayClass (cluster-scoped), Gateway and HTTPRoute, each with its
 * status subresource. Creating them makes the API server serve the kinds, as installing the CRDs does on a real
 * cluster. The schemas keep unknown fields: the fake validates no Gateway API fields.
 */
final class GatewayApiCrds {

    static final String GROUP = "gateway.networking.k8s.io";
    /** The Gateway API release whose standard-channel CRDs these stand for. */
    static final String BUNDLE_VERSION = "v1.2.1";

    private GatewayApiCrds() {
    }

    static void install(KubernetesClient client) {
        definitions().forEach(crd -> client.apiextensions().v1().customResourceDefinitions().resource(crd).create());
    }

    static List<CustomResourceDefinition> definitions() {
        return List.of(
                crd("gatewayclasses", "GatewayClass", "Cluster", "gc"),
                crd("gateways", "Gateway", "Namespaced", "gtw"),
                crd("httproutes", "HTTPRoute", "Namespaced"));
    }

    private static CustomResourceDefinition crd(String plural, String kind, String scope, String... shortNames) {
        return CustomResourceDefinitions.crd(GROUP, "v1",
                new CustomResourceDefinitions.Names(plural, kind, scope, List.of(shortNames), List.of("gateway-api")),
                Map.of("gateway.networking.k8s.io/bundle-version", BUNDLE_VERSION,
                        "gateway.networking.k8s.io/channel", "standard"));
    }
}
