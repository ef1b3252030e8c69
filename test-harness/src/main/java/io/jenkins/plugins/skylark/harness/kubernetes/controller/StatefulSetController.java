package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stateful set controller: pods {@code <name>-0 … <name>-(n-1)} created in order, each once the previous
 * one is ready; rolling update from the highest ordinal down (above {@code partition}), one pod at a time
 * and only while all pods are ready; status with currentRevision/updateRevision and replica counts.
 */
final class StatefulSetController {

    static final String REVISION_LABEL = "controller-revision-hash";

    private final KubernetesClient client;
    private final EventRecorder events;
    private final Revisions revisions;

    StatefulSetController(KubernetesClient client, EventRecorder events) {
        this.client = client;
        this.events = events;
        this.revisions = new Revisions(client);
    }

    void reconcile(Snapshot snapshot) {
        for (StatefulSet sts : snapshot.statefulSets()) {
            if (sts.getMetadata().getDeletionTimestamp() == null) {
                String revision = revisions.ensure(sts, sts.getSpec().getTemplate(), snapshot.revisions());
                List<Pod> pods = Snapshot.ownedBy(sts, snapshot.pods()).stream()
                        .filter(p -> !PodFactory.isTerminating(p)).toList();
                if (!step(sts, pods, revision)) {
                    updateStatus(sts, pods, revision);
                }
            }
        }
    }

    /** One create, delete or update; true when something changed. */
    private boolean step(StatefulSet sts, List<Pod> pods, String revision) {
        int replicas = sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
        boolean parallel = "Parallel".equals(sts.getSpec().getPodManagementPolicy());
        for (int i = 0; i < replicas; i++) {
            Optional<Pod> pod = ordinal(sts, pods, i);
            if (pod.isEmpty()) {
                create(sts, i, revision);
                return true;
            }
            if (!parallel && !PodFactory.isReady(pod.get())) {
                return false;
            }
        }
        for (int i = pods.size() - 1; i >= replicas; i--) {
            Optional<Pod> extra = ordinal(sts, pods, i);
            if (extra.isPresent()) {
                delete(sts, extra.get());
                return true;
            }
        }
        if (pods.stream().allMatch(PodFactory::isReady)) {
            int partition = partition(sts);
            for (int i = replicas - 1; i >= partition; i--) {
                Optional<Pod> outdated = ordinal(sts, pods, i).filter(p -> !revision.equals(revisionOf(p)));
                if (outdated.isPresent()) {
                    delete(sts, outdated.get());
                    return true;
                }
            }
        }
        return false;
    }

    private void create(StatefulSet sts, int ordinal, String revision) {
        String name = sts.getMetadata().getName() + "-" + ordinal;
        Pod pod = PodFactory.from(sts, sts.getSpec().getTemplate(), name, Map.of(REVISION_LABEL, revision,
                "statefulset.kubernetes.io/pod-name", name, "apps.kubernetes.io/pod-index", String.valueOf(ordinal)));
        pod.getSpec().setHostname(name);
        pod.getSpec().setSubdomain(sts.getSpec().getServiceName());
        client.pods().inNamespace(sts.getMetadata().getNamespace()).resource(pod).create();
        events.normal(sts, "statefulset-controller", "SuccessfulCreate",
                "create Pod " + name + " in StatefulSet " + sts.getMetadata().getName() + " successful");
    }

    private void delete(StatefulSet sts, Pod pod) {
        client.pods().inNamespace(sts.getMetadata().getNamespace()).resource(pod).delete();
        events.normal(sts, "statefulset-controller", "SuccessfulDelete", "delete Pod "
                + pod.getMetadata().getName() + " in StatefulSet " + sts.getMetadata().getName() + " successful");
    }

    private void updateStatus(StatefulSet sts, List<Pod> pods, String revision) {
        int ready = (int) pods.stream().filter(PodFactory::isReady).count();
        int updated = (int) pods.stream().filter(p -> revision.equals(revisionOf(p))).count();
        int replicas = sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
        String current = sts.getStatus() == null || sts.getStatus().getCurrentRevision() == null ? revision
                : sts.getStatus().getCurrentRevision();
        if (updated == replicas && ready == replicas && pods.size() == replicas) {
            current = revision;
        }
        String currentRevision = current;
        int currentReplicas = (int) pods.stream().filter(p -> currentRevision.equals(revisionOf(p))).count();
        StatefulSetStatus status = new StatefulSetStatusBuilder()
                .withObservedGeneration(sts.getMetadata().getGeneration()).withReplicas(pods.size())
                .withReadyReplicas(ready).withAvailableReplicas(ready).withCurrentReplicas(currentReplicas)
                .withUpdatedReplicas(updated).withCurrentRevision(currentRevision).withUpdateRevision(revision)
                .withCollisionCount(0).build();
        if (!Objects.equals(status, sts.getStatus())) {
            sts.setStatus(status);
            client.apps().statefulSets().inNamespace(sts.getMetadata().getNamespace()).resource(sts).updateStatus();
        }
    }

    private static Optional<Pod> ordinal(StatefulSet sts, List<Pod> pods, int i) {
        String name = sts.getMetadata().getName() + "-" + i;
        return pods.stream().filter(p -> p.getMetadata().getName().equals(name)).findFirst();
    }

    private static int partition(StatefulSet sts) {
        var strategy = sts.getSpec().getUpdateStrategy();
        if (strategy == null || strategy.getRollingUpdate() == null
                || strategy.getRollingUpdate().getPartition() == null) {
            return 0;
        }
        return strategy.getRollingUpdate().getPartition();
    }

    static String revisionOf(Pod pod) {
        return pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get(REVISION_LABEL);
    }
}
