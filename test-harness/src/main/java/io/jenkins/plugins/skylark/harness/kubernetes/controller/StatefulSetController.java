package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.client.KubernetesClient;

/** Not yet implemented. */
final class StatefulSetController {

    private final KubernetesClient client;
    private final EventRecorder events;

    StatefulSetController(KubernetesClient client, EventRecorder events) {
        this.client = client;
        this.events = events;
    }

    void reconcile(Snapshot snapshot) {
        // next step
    }
}
