package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Optional;

/** Everything the controllers look at in one reconcile pass, listed once per pass. */
record Snapshot(List<Deployment> deployments, List<ReplicaSet> replicaSets, List<StatefulSet> statefulSets,
        List<DaemonSet> daemonSets, List<ControllerRevision> revisions, List<Pod> pods, List<Node> nodes) {

    static Snapshot read(KubernetesClient client) {
        return new Snapshot(
                client.apps().deployments().inAnyNamespace().list().getItems(),
                client.apps().replicaSets().inAnyNamespace().list().getItems(),
                client.apps().statefulSets().inAnyNamespace().list().getItems(),
                client.apps().daemonSets().inAnyNamespace().list().getItems(),
                client.apps().controllerRevisions().inAnyNamespace().list().getItems(),
                client.pods().inAnyNamespace().list().getItems(),
                client.nodes().list().getItems());
    }

    /** Objects whose controller owner reference points at {@code owner}. */
    static <T extends HasMetadata> List<T> ownedBy(HasMetadata owner, List<T> candidates) {
        String uid = owner.getMetadata().getUid();
        return candidates.stream().filter(c -> controllerOf(c).map(r -> uid.equals(r.getUid())).orElse(false))
                .toList();
    }

    static Optional<OwnerReference> controllerOf(HasMetadata object) {
        return object.getMetadata().getOwnerReferences().stream()
                .filter(r -> Boolean.TRUE.equals(r.getController())).findFirst();
    }

    /** The workload a pod belongs to: its Deployment (through the ReplicaSet), StatefulSet or DaemonSet. */
    String workloadOf(Pod pod) {
        Optional<OwnerReference> owner = controllerOf(pod);
        if (owner.isEmpty()) {
            return null;
        }
        if (!owner.get().getKind().equals("ReplicaSet")) {
            return owner.get().getName();
        }
        return replicaSets.stream().filter(rs -> rs.getMetadata().getUid().equals(owner.get().getUid()))
                .findFirst().flatMap(Snapshot::controllerOf).map(OwnerReference::getName)
                .orElse(owner.get().getName());
    }
}
