package io.jenkins.plugins.skylark.deploy.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.skylark.deploy.workload.WorkloadKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workload's revisions as its controller keeps them: ReplicaSets with annotation
 * {@code deployment.kubernetes.io/revision} for Deployments, ControllerRevisions for StatefulSets
 * and DaemonSets. Owned objects are matched by owner UID.
 */
public final class RevisionHistory {
    public static final String DEPLOYMENT_REVISION = "deployment.kubernetes.io/revision";

    private final KubernetesClient client;
    private final String namespace;
    private final KubernetesSerialization serialization;

    private final boolean snapshot;
    private List<ReplicaSet> replicaSets;
    private List<ControllerRevision> controllerRevisions;

    public RevisionHistory(KubernetesClient client, String namespace) {
        this(client, namespace, false);
    }

    private RevisionHistory(KubernetesClient client, String namespace, boolean snapshot) {
        this.client = client;
        this.namespace = namespace;
        this.snapshot = snapshot;
        this.serialization = client.getKubernetesSerialization();
    }

    /** A history that lists ReplicaSets and ControllerRevisions once, for questions about many workloads at once. */
    public static RevisionHistory snapshot(KubernetesClient client, String namespace) {
        return new RevisionHistory(client, namespace, true);
    }

    /** Oldest first. */
    public List<Revision> of(HasMetadata workload) {
        WorkloadKind kind = WorkloadKind.of(workload).orElseThrow();
        List<Revision> revisions = kind == WorkloadKind.DEPLOYMENT ? replicaSets(workload) : controllerRevisions(workload);
        return revisions.stream().sorted(Comparator.comparingLong(Revision::number)).toList();
    }

    /** The revision the workload is on now, 0 when it has none yet. */
    public long current(HasMetadata workload) {
        String annotated = annotation(workload, DEPLOYMENT_REVISION);
        if (annotated != null) {
            return Long.parseLong(annotated);
        }
        return of(workload).stream().mapToLong(Revision::number).max().orElse(0);
    }

    private List<Revision> replicaSets(HasMetadata deployment) {
        return replicaSetList().stream()
                .filter(rs -> ownedBy(rs, deployment) && annotation(rs, DEPLOYMENT_REVISION) != null)
                .map(rs -> new Revision(Long.parseLong(annotation(rs, DEPLOYMENT_REVISION)),
                        label(rs, "pod-template-hash"), withoutHash(rs)))
                .toList();
    }

    private List<Revision> controllerRevisions(HasMetadata workload) {
        boolean statefulSet = WorkloadKind.of(workload).orElseThrow() == WorkloadKind.STATEFUL_SET;
        return controllerRevisionList().stream()
                .filter(cr -> ownedBy(cr, workload) && cr.getRevision() != null)
                .map(cr -> new Revision(cr.getRevision(), statefulSet ? cr.getMetadata().getName() : hash(cr),
                        template(cr)))
                .toList();
    }

    private List<ReplicaSet> replicaSetList() {
        if (replicaSets == null || !snapshot) {
            replicaSets = client.apps().replicaSets().inNamespace(namespace).list().getItems();
        }
        return replicaSets;
    }

    private List<ControllerRevision> controllerRevisionList() {
        if (controllerRevisions == null || !snapshot) {
            controllerRevisions = client.apps().controllerRevisions().inNamespace(namespace).list().getItems();
        }
        return controllerRevisions;
    }

    /** The controller adds {@code pod-template-hash}; rolling back must not carry it into the Deployment. */
    private static PodTemplateSpec withoutHash(ReplicaSet replicaSet) {
        PodTemplateSpec template = replicaSet.getSpec().getTemplate();
        if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
            Map<String, String> labels = new HashMap<>(template.getMetadata().getLabels());
            labels.remove("pod-template-hash");
            template.getMetadata().setLabels(labels);
        }
        return template;
    }

    /** ControllerRevision data is a patch {@code {"spec":{"template":{…,"$patch":"replace"}}}}. */
    @SuppressWarnings("unchecked")
    private PodTemplateSpec template(ControllerRevision revision) {
        Map<String, Object> data = serialization.convertValue(revision.getData(), Map.class);
        Object spec = data == null ? null : data.get("spec");
        Object template = spec instanceof Map<?, ?> map ? map.get("template") : null;
        if (!(template instanceof Map<?, ?> templateMap)) {
            return null;
        }
        Map<String, Object> copy = new HashMap<>((Map<String, Object>) templateMap);
        copy.remove("$patch");
        return serialization.convertValue(copy, PodTemplateSpec.class);
    }

    private static String hash(ControllerRevision revision) {
        String hash = label(revision, "controller-revision-hash");
        return hash == null ? revision.getMetadata().getName() : hash;
    }

    private static boolean ownedBy(HasMetadata child, HasMetadata owner) {
        return child.getMetadata().getOwnerReferences() != null && child.getMetadata().getOwnerReferences().stream()
                .anyMatch(ref -> Objects.equals(ref.getUid(), owner.getMetadata().getUid())
                        && Objects.equals(ref.getKind(), owner.getKind()));
    }

    private static String annotation(HasMetadata object, String key) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(key);
    }

    private static String label(HasMetadata object, String key) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? null : labels.get(key);
    }
}
