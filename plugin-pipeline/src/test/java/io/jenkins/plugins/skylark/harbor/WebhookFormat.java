package io.jenkins.plugins.skylark.harbor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payload formats of a Harbor HTTP webhook policy, posted as Harbor's notifier posts them: {@code Default}
 * ({@code application/json}) and {@code CloudEvents} in structured mode ({@code application/cloudevents+json},
 * all attributes in the body: {@code specversion} 1.0, a UUID {@code id}, {@code requestid},
 * {@code source} {@code /projects/<project id>/webhook/policies/<policy id>}, {@code type} {@code harbor.scan.*},
 * {@code time} RFC 3339 of {@code occur_at}, {@code datacontenttype}, {@code data} = the Default
 * {@code event_data}, {@code operator}). Harbor adds the policy's Auth Header as {@code Authorization} to either.
 */
public enum WebhookFormat {
    DEFAULT("application/json"),
    CLOUD_EVENTS("application/cloudevents+json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CLOUD_EVENT_TYPES = Map.of(
            HarborWebhookEvent.SCANNING_COMPLETED, "harbor.scan.completed",
            HarborWebhookEvent.SCANNING_FAILED, "harbor.scan.failed",
            HarborWebhookEvent.SCANNING_STOPPED, "harbor.scan.stopped",
            "PUSH_ARTIFACT", "harbor.artifact.pushed");

    private final String contentType;

    WebhookFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The end of a scan of {@code artifact} in this format ({@code type} as in the Default format). */
    public String scanEvent(String type, ArtifactRef artifact, long occurAt, Map<String, Integer> counts) {
        String payload = HarborSimulator.scanEvent(type, artifact, occurAt, counts);
        return this == DEFAULT ? payload : cloudEvent(payload).toString();
    }

    /** The headers Harbor sends, with the policy's Auth Header unless {@code null}. */
    public Map<String, String> headers(String authHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        if (authHeader != null) {
            headers.put("Authorization", authHeader);
        }
        return headers;
    }

    /** A Default payload as Harbor's CloudEvents formatter turns it into a structured-mode event. */
    public static ObjectNode cloudEvent(String defaultPayload) {
        ObjectNode payload;
        try {
            payload = (ObjectNode) JSON.readTree(defaultPayload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0")
                .put("requestid", "2eedfab8-61d3-4f3c-8ec3-8f82d1ec4c84")
                .put("id", "4b2f89a6-548d-4c12-9993-a1f5790b97d2")
                .put("source", "/projects/" + HarborSimulator.PROJECT_ID + "/webhook/policies/3")
                .put("type", CLOUD_EVENT_TYPES.get(payload.path("type").asText()))
                .put("datacontenttype", "application/json")
                .put("time", Instant.ofEpochSecond(payload.path("occur_at").asLong()).toString());
        event.set("data", payload.get("event_data"));
        return event.put("operator", payload.path("operator").asText());
    }
}
