package io.jenkins.plugins.skylark.delivery;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One delivery fact. {@code idempotencyKey} identifies the fact itself (for a build step: job, build
 * number, step and application/environment), so a replayed or re-imported event never counts twice.
 * {@code version} is what was delivered (for images and deploys the image reference with digest);
 * {@code commitId} the commit it was built from, or {@code null} when unknown.
 */
public record DeliveryEvent(
        String idempotencyKey,
        DeliveryEventType type,
        String project,
        String application,
        String environment,
        Instant occurredAt,
        String version,
        String commitId,
        String buildUrl,
        Map<String, String> attributes) implements Serializable {

    public DeliveryEvent {
        requireText(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(type, "type");
        requireText(application, "application");
        Objects.requireNonNull(occurredAt, "occurredAt");
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("delivery event field '" + field + "' must not be empty");
        }
    }
}
