package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * The Istio traffic-management CustomResourceDefinitions a release drives: VirtualService and DestinationRule
 * ({@code networking.istio.io}, namespaced, status subresource), served at {@code v1} only (Istio 1.22+ serves
 * v1alpha3, v1beta1 and v1 of the same objects; the fake keeps one version so that each object has one identity).
 * The schemas keep unknown fields: the fake validates no Istio fields.
 */
final class IstioCrds {

    static final String GROUP = "networking.istio.io";
    static final String VERSION = "v1";

    private IstioCrds() {
    }

    static void install(KubernetesClient client) {
        definitions().forEach(crd -> client.apiextensions().v1().customResourceDefinitions().resource(crd).create());
    }

    static List<CustomResourceDefinition> definitions() {
        return List.of(crd("virtualservices", "VirtualService", "vs"), crd("destinationrules", "DestinationRule", "dr"));
    }

    private static CustomResourceDefinition crd(String plural, String kind, String shortName) {
        return CustomResourceDefinitions.crd(GROUP, VERSION, new CustomResourceDefinitions.Names(plural, kind,
                "Namespaced", List.of(shortName), List.of("istio-io", "networking-istio-io")),
                Map.of("helm.sh/resource-policy", "keep"));
    }
}
