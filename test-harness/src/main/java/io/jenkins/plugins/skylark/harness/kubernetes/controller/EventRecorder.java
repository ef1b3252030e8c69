package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes core/v1 Events about objects, as the kubelet, scheduler and controllers do. The same reason and
 * message about the same object is recorded once (the fake does not count repetitions).
 */
final class EventRecorder {

    private final KubernetesClient client;
    private final Map<String, String> recorded = new ConcurrentHashMap<>();

    EventRecorder(KubernetesClient client) {
        this.client = client;
    }

    void normal(HasMetadata about, String component, String reason, String message) {
        record(about, null, component, "Normal", reason, message);
    }

    void warning(HasMetadata about, String component, String reason, String message) {
        record(about, null, component, "Warning", reason, message);
    }

    /** Records an event about one container of a pod ({@code fieldPath: spec.containers{name}}). */
    void forContainer(HasMetadata pod, String container, String type, String reason, String message) {
        record(pod, "spec.containers{" + container + "}", "kubelet", type, reason, message);
    }

    private void record(HasMetadata about, String fieldPath, String component, String type, String reason,
            String message) {
        String key = key(about, reason, message);
        if (recorded.containsKey(key)) {
            return;
        }
        String namespace = about.getMetadata().getNamespace() == null ? "default" : about.getMetadata().getNamespace();
        String name = about.getMetadata().getName() + "." + Long.toHexString(System.nanoTime());
        String now = now();
        Event event = new EventBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewInvolvedObject().withApiVersion(about.getApiVersion()).withKind(about.getKind())
                .withName(about.getMetadata().getName()).withNamespace(about.getMetadata().getNamespace())
                .withUid(about.getMetadata().getUid()).withResourceVersion(about.getMetadata().getResourceVersion())
                .withFieldPath(fieldPath).endInvolvedObject()
                .withType(type).withReason(reason).withMessage(message)
                .withNewSource().withComponent(component).endSource()
                .withReportingComponent(component).withReportingInstance(component + "-fake")
                .withFirstTimestamp(now).withLastTimestamp(now).withCount(1)
                .withEventTime(new MicroTime(Instant.now().toString()))
                .build();
        client.v1().events().inNamespace(namespace).resource(event).create();
        recorded.put(key, name);
    }

    private static String key(HasMetadata about, String reason, String message) {
        return about.getMetadata().getUid() + "|" + reason + "|" + message;
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
