package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the CustomResourceDefinitions the fake installs for third-party kinds (Gateway API, Istio): one served and
 * stored version with a status subresource and a schema that keeps unknown fields, since the fake validates none of
 * their fields.
 */
final class CustomResourceDefinitions {

    private CustomResourceDefinitions() {
    }

    /** What a definition declares besides its group and version. */
    record Names(String plural, String kind, String scope, List<String> shortNames, List<String> categories) {
    }

    static CustomResourceDefinition crd(String group, String version, Names names, Map<String, String> annotations) {
        return new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName(names.plural() + "." + group).addToAnnotations(annotations).endMetadata()
                .withNewSpec().withGroup(group).withScope(names.scope())
                .withNewNames().withPlural(names.plural()).withSingular(names.kind().toLowerCase(Locale.ROOT))
                .withKind(names.kind()).withListKind(names.kind() + "List").withShortNames(names.shortNames())
                .withCategories(names.categories()).endNames()
                .addNewVersion().withName(version).withServed(true).withStorage(true)
                .withNewSubresources().withNewStatus().endStatus().endSubresources()
                .withNewSchema().withOpenAPIV3Schema(new JSONSchemaPropsBuilder().withType("object")
                        .withXKubernetesPreserveUnknownFields(true).build()).endSchema()
                .endVersion().endSpec().build();
    }
}
