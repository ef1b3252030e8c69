package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The daemon set controller: one pod per fake node; rolling update replaces one outdated pod at a time
 * (maxUnavailable 1) while all others are available; status with the scheduled/ready/updated counts.
 */
final class DaemonSetController {

    private final KubernetesClient client;
    private final EventRecorder events;
    private final Revisions revisions;

    DaemonSetController(KubernetesClient client, EventRecorder events) {
        this.client = client;
        this.events = events;
        this.revisions = new Revisions(client);
    }

    void reconcile(Snapshot snapshot) {
        for (DaemonSet ds : snapshot.daemonSets()) {
            if (ds.getMetadata().getDeletionTimestamp() == null) {
                String revision = revisions.ensure(ds, ds.getSpec().getTemplate(), snapshot.revisions());
                String hash = revision.substring(ds.getMetadata().getName().length() + 1);
                List<Pod> pods = Snapshot.ownedBy(ds, snapshot.pods()).stream()
                        .filter(p -> !PodFactory.isTerminating(p)).toList();
                if (!step(ds, pods, snapshot.nodes(), hash)) {
                    updateStatus(ds, pods, snapshot.nodes().size(), hash);
                }
            }
        }
    }

    private boolean step(DaemonSet ds, List<Pod> pods, List<Node> nodes, String hash) {
        boolean changed = false;
        for (Node node : nodes) {
            String nodeName = node.getMetadata().getName();
            if (pods.stream().noneMatch(p -> nodeName.equals(p.getSpec().getNodeName()))) {
                Pod pod = PodFactory.from(ds, ds.getSpec().getTemplate(), null,
                        Map.of(StatefulSetController.REVISION_LABEL, hash));
                pod.getSpec().setNodeName(nodeName);
                Pod created = client.pods().inNamespace(ds.getMetadata().getNamespace()).resource(pod).create();
                events.normal(ds, "daemonset-controller", "SuccessfulCreate",
                        "Created pod: " + created.getMetadata().getName());
                changed = true;
            }
        }
        if (changed || !pods.stream().allMatch(PodFactory::isReady)) {
            return changed;
        }
        return pods.stream().filter(p -> !hash.equals(StatefulSetController.revisionOf(p))).findFirst()
                .map(p -> {
                    client.pods().inNamespace(ds.getMetadata().getNamespace()).resource(p).delete();
                    events.normal(ds, "daemonset-controller", "SuccessfulDelete",
                            "Deleted pod: " + p.getMetadata().getName());
                    return true;
                }).orElse(false);
    }

    private void updateStatus(DaemonSet ds, List<Pod> pods, int nodes, String hash) {
        int ready = (int) pods.stream().filter(PodFactory::isReady).count();
        int updated = (int) pods.stream().filter(p -> hash.equals(StatefulSetController.revisionOf(p))).count();
        DaemonSetStatus status = new DaemonSetStatusBuilder()
                .withObservedGeneration(ds.getMetadata().getGeneration())
                .withDesiredNumberScheduled(nodes).withCurrentNumberScheduled(pods.size())
                .withNumberReady(ready).withNumberAvailable(ready).withNumberUnavailable(nodes - ready == 0 ? null
                        : nodes - ready)
                .withUpdatedNumberScheduled(updated).withNumberMisscheduled(0).build();
        if (!Objects.equals(status, ds.getStatus())) {
            ds.setStatus(status);
            client.apps().daemonSets().inNamespace(ds.getMetadata().getNamespace()).resource(ds).updateStatus();
        }
    }
}
