package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.time.Instant;
import java.util.Map;

/** Delivery events for the store tests: application "shop" unless said otherwise. */
final class Events {

    static final String APP = "shop";
    static final String PROD = "production";

    private Events() {
    }

    static Instant at(String time) {
        return Instant.parse(time);
    }

    static DeliveryEvent deployed(String key, String time, String commit) {
        return event(key, DeliveryEventType.DEPLOYED, PROD, time, commit, Map.of());
    }

    static DeliveryEvent event(String key, DeliveryEventType type, String environment, String time, String commit,
            Map<String, String> attributes) {
        return new DeliveryEvent(key, type, "retail", APP, environment, at(time), "registry/shop@sha256:" + key,
                commit, "https://jenkins/job/shop/1/", attributes);
    }

    static DeliveryEvent incident(String key, DeliveryEventType type, String incidentId, String time) {
        return event(key, type, PROD, time, null, Map.of(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, incidentId));
    }

    static LinkedCommit commit(String id, String authored, String committed) {
        return new LinkedCommit(id, at(authored), at(committed));
    }
}
