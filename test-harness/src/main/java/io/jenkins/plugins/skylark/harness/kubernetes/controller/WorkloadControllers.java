package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.client.KubernetesClient;

/** StatefulSet and DaemonSet controllers. */
final class WorkloadControllers {

    private final StatefulSetController statefulSets;
    private final DaemonSetController daemonSets;

    WorkloadControllers(KubernetesClient client, EventRecorder events) {
        this.statefulSets = new StatefulSetController(client, events);
        this.daemonSets = new DaemonSetController(client, events);
    }

    void reconcile(Snapshot snapshot) {
        statefulSets.reconcile(snapshot);
        daemonSets.reconcile(snapshot);
    }
}
