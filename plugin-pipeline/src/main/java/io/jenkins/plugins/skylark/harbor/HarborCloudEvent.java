package io.jenkins.plugins.skylark.harbor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Harbor's {@code CloudEvents} webhook payload format (Harbor 2.8+), read into the same {@link HarborWebhookEvent}
 * as the {@code Default} format. Harbor posts it in structured mode only: the whole event is the JSON body
 * ({@code Content-Type: application/cloudevents+json}, no {@code ce-*} headers), e.g.
 * {@code {"specversion":"1.0","id":"…","source":"/projects/1/webhook/policies/3","type":"harbor.scan.completed",
 * "time":"2026-12-03T08:32:56Z","datacontenttype":"application/json","data":{"resources":[…],"repository":{…}},
 * "operator":"…","requestid":"…"}}. Its {@code data} is the {@code event_data} of the Default format.
 */
final class HarborCloudEvent {
    static final String SPEC_VERSION = "1.0";

    /** Harbor's CloudEvents types of a scan's end, by the Default format's type they stand for. */
    private static final Map<String, String> SCAN_END_TYPES = Map.of(
            "harbor.scan.completed", HarborWebhookEvent.SCANNING_COMPLETED,
            "harbor.scan.failed", HarborWebhookEvent.SCANNING_FAILED,
            "harbor.scan.stopped", HarborWebhookEvent.SCANNING_STOPPED);

    private HarborCloudEvent() {
    }

    /** Whether {@code root} claims to be a CloudEvent: no Default payload has {@code specversion}. */
    static boolean isCloudEvent(JsonNode root) {
        return root != null && root.isObject() && root.has("specversion");
    }

    /**
     * Reads the event. Types other than a scan's end keep their CloudEvents name (the receiver ignores them, as it
     * ignores other Default types), so that the reply says what was ignored; only a scan's end needs {@code data}.
     *
     * @throws IllegalArgumentException naming the attribute that is missing or malformed
     */
    static HarborWebhookEvent read(JsonNode root) {
        String version = root.path("specversion").asText("");
        if (!SPEC_VERSION.equals(version)) {
            throw new IllegalArgumentException(Messages.format("Webhook.cloudEvent.version", version, SPEC_VERSION));
        }
        for (String attribute : List.of("id", "source", "type")) {
            if (root.path(attribute).asText("").isBlank()) {
                throw malformed(attribute);
            }
        }
        String type = root.path("type").asText();
        String scanEnd = SCAN_END_TYPES.get(type);
        JsonNode data = root.path("data");
        if (scanEnd != null && !data.isObject()) {
            throw new IllegalArgumentException(Messages.format("Webhook.cloudEvent.data", type));
        }
        // other types keep their resources too: the receiver finds the registry by their host before ignoring them
        return new HarborWebhookEvent(scanEnd == null ? type : scanEnd, time(root), HarborWebhookEvent.resources(data));
    }

    /** The optional {@code time} attribute, an RFC 3339 timestamp (Harbor's {@code occur_at}, to the second). */
    private static Instant time(JsonNode root) {
        JsonNode time = root.get("time");
        if (time == null || time.isNull()) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(time.asText(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.format("Webhook.cloudEvent.time", time.asText()));
        }
    }

    private static IllegalArgumentException malformed(String attribute) {
        return new IllegalArgumentException(Messages.format("Webhook.cloudEvent.missing", attribute));
    }
}
