package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * ControllerRevisions of StatefulSets and DaemonSets ({@code <name>-<hash>}, data = the pod template patch,
 * revision numbers growing; a template that comes back reuses its revision object with a new number), which
 * is what {@code kubectl rollout history/undo} reads for those kinds.
 */
final class Revisions {

    private final KubernetesClient client;

    Revisions(KubernetesClient client) {
        this.client = client;
    }

    /** Makes sure the revision for {@code template} exists and is the newest; returns its name. */
    String ensure(HasMetadata owner, PodTemplateSpec template, List<ControllerRevision> all) {
        String name = owner.getMetadata().getName() + "-" + TemplateHash.of(template);
        List<ControllerRevision> owned = Snapshot.ownedBy(owner, all);
        long max = owned.stream().mapToLong(r -> r.getRevision() == null ? 0 : r.getRevision()).max().orElse(0);
        ControllerRevision existing = owned.stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElse(null);
        String ns = owner.getMetadata().getNamespace();
        if (existing == null) {
            client.apps().controllerRevisions().inNamespace(ns).resource(new ControllerRevisionBuilder()
                    .withNewMetadata().withName(name).withNamespace(ns)
                    .withLabels(template.getMetadata() == null ? Map.of() : template.getMetadata().getLabels())
                    .addToLabels("controller.kubernetes.io/hash", TemplateHash.of(template))
                    .addNewOwnerReference().withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                    .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                    .withController(true).withBlockOwnerDeletion(true).endOwnerReference().endMetadata()
                    .withData(Map.of("spec", Map.of("template", template, "$patch", "replace")))
                    .withRevision(max + 1).build()).create();
        } else if (existing.getRevision() < max) {
            client.apps().controllerRevisions().inNamespace(ns).withName(name).edit(r -> {
                r.setRevision(max + 1);
                return r;
            });
        }
        return name;
    }
}
