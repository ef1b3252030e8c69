package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The replica set controller: keeps {@code spec.replicas} pods (deleting not-ready ones first when scaling
 * down) and reports replicas, readyReplicas and availableReplicas (pods Ready for {@code minReadySeconds}).
 */
final class ReplicaSetController {

    private final KubernetesClient client;
    private final EventRecorder events;
    private final PodAvailability availability;

    ReplicaSetController(KubernetesClient client, EventRecorder events, PodAvailability availability) {
        this.client = client;
        this.events = events;
        this.availability = availability;
    }

    void reconcile(Snapshot snapshot) {
        availability.observe(snapshot.pods());
        for (ReplicaSet rs : snapshot.replicaSets()) {
            if (rs.getMetadata().getDeletionTimestamp() == null) {
                reconcile(rs, Snapshot.ownedBy(rs, snapshot.pods()).stream()
                        .filter(p -> !PodFactory.isTerminating(p)).toList());
            }
        }
    }

    private void reconcile(ReplicaSet rs, List<Pod> pods) {
        int desired = DeploymentController.specReplicas(rs);
        String ns = rs.getMetadata().getNamespace();
        if (pods.size() < desired) {
            for (int i = pods.size(); i < desired; i++) {
                Pod pod = client.pods().inNamespace(ns)
                        .resource(PodFactory.from(rs, rs.getSpec().getTemplate(), null, Map.of())).create();
                events.normal(rs, "replicaset-controller", "SuccessfulCreate",
                        "Created pod: " + pod.getMetadata().getName());
            }
            return;
        }
        if (pods.size() > desired) {
            pods.stream().sorted(Comparator.comparing(PodFactory::isReady)
                    .thenComparing(p -> p.getMetadata().getCreationTimestamp(), Comparator.reverseOrder()))
                    .limit(pods.size() - desired).forEach(p -> {
                        client.pods().inNamespace(ns).resource(p).delete();
                        events.normal(rs, "replicaset-controller", "SuccessfulDelete",
                                "Deleted pod: " + p.getMetadata().getName());
                    });
            return;
        }
        int ready = (int) pods.stream().filter(PodFactory::isReady).count();
        int available = (int) pods.stream()
                .filter(p -> availability.available(p, rs.getSpec().getMinReadySeconds())).count();
        ReplicaSetStatus status = new ReplicaSetStatusBuilder()
                .withReplicas(pods.size()).withFullyLabeledReplicas(pods.size())
                .withReadyReplicas(ready).withAvailableReplicas(available)
                .withObservedGeneration(rs.getMetadata().getGeneration()).build();
        if (!Objects.equals(status, rs.getStatus())) {
            rs.setStatus(status);
            client.apps().replicaSets().inNamespace(ns).resource(rs).updateStatus();
        }
    }
}
