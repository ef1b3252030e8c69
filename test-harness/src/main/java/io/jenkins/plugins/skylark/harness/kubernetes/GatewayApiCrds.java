package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

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
        return new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName(plural + "." + GROUP)
                .addToAnnotations("gateway.networking.k8s.io/bundle-version", BUNDLE_VERSION)
                .addToAnnotations("gateway.networking.k8s.io/channel", "standard").endMetadata()
                .withNewSpec().withGroup(GROUP).withScope(scope)
                .withNewNames().withPlural(plural).withSingular(kind.toLowerCase(java.util.Locale.ROOT))
                .withKind(kind).withListKind(kind + "List").withShortNames(shortNames)
                .withCategories("gateway-api").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSubresources().withNewStatus().endStatus().endSubresources()
                .withNewSchema().withOpenAPIV3Schema(new JSONSchemaPropsBuilder().withType("object")
                        .withXKubernetesPreserveUnknownFields(true).build()).endSchema()
                .endVersion().endSpec().build();
    }
}
