package io.jenkins.plugins.skylark.harbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Harbor webhook notification in the {@code Default} payload format:
 * {@code {"type":"SCANNING_COMPLETED","occur_at":1648715576,"event_data":{"resources":[{"digest":"sha256:…",
 * "resource_url":"harbor.example.com/shop/orders:1","scan_overview":{…}}],"repository":{…}}}},
 * or in the {@code CloudEvents} one, which {@link HarborCloudEvent} reads into the same event.
 *
 * @param type {@code SCANNING_COMPLETED}, {@code SCANNING_FAILED}, {@code SCANNING_STOPPED}, {@code PUSH_ARTIFACT} …
 * @param occurredAt {@code occur_at} (seconds), or {@code null} when absent
 * @param resources the artifacts the event is about
 */
public record HarborWebhookEvent(String type, Instant occurredAt, List<Resource> resources) {
    public static final String SCANNING_COMPLETED = "SCANNING_COMPLETED";
    public static final String SCANNING_FAILED = "SCANNING_FAILED";
    public static final String SCANNING_STOPPED = "SCANNING_STOPPED";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One artifact of the event.
     *
     * @param digest its digest
     * @param resourceUrl {@code host/project/repository:tag}
     * @param overview the scan overview the event carries; {@link ScanOverview#NOT_SCANNED} when none
     */
    public record Resource(String digest, String resourceUrl, ScanOverview overview) {
        /** The {@code host[:port]} of {@link #resourceUrl()}, which tells which registry sent the event. */
        public String host() {
            int slash = resourceUrl.indexOf('/');
            return slash < 0 ? resourceUrl : resourceUrl.substring(0, slash);
        }
    }

    public HarborWebhookEvent {
        resources = List.copyOf(resources);
    }

    /**
     * Reads a payload in either format; a JSON object with {@code specversion} is a structured-mode CloudEvent,
     * which is all Harbor sends in that format. The body alone tells the format, so a payload stored as received
     * reads the same later.
     *
     * @throws IllegalArgumentException when it is not JSON or lacks a field it needs, naming the field
     */
    public static HarborWebhookEvent parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.format("Webhook.notJson"));
        }
        if (HarborCloudEvent.isCloudEvent(root)) {
            return HarborCloudEvent.read(root);
        }
        String type = root == null ? "" : root.path("type").asText("");
        if (type.isEmpty()) {
            throw new IllegalArgumentException(Messages.format("Webhook.noType"));
        }
        JsonNode at = root.get("occur_at");
        return new HarborWebhookEvent(type, at != null && at.canConvertToLong() ? Instant.ofEpochSecond(at.asLong())
                : null, resources(root.path("event_data")));
    }

    /** The {@code resources} of an event's data, which both formats carry alike. */
    static List<Resource> resources(JsonNode data) {
        List<Resource> resources = new ArrayList<>();
        for (JsonNode resource : data.path("resources")) {
            resources.add(new Resource(resource.path("digest").asText(""), resource.path("resource_url").asText(""),
                    ScanOverview.read(resource.get("scan_overview"))));
        }
        return resources;
    }

    /** Whether the event tells a scan's end. */
    public boolean isScanEnd() {
        return SCANNING_COMPLETED.equals(type) || SCANNING_FAILED.equals(type) || SCANNING_STOPPED.equals(type);
    }

    /**
     * What the event says about the scan of {@code digest}: the overview it carries (a completed scan), or an
     * {@link ScanStatus#ERROR}/{@link ScanStatus#STOPPED} overview; empty when the event is about another artifact
     * or not a scan's end.
     */
    public Optional<ScanOverview> scanOf(String digest) {
        if (!isScanEnd()) {
            return Optional.empty();
        }
        return resources.stream().filter(resource -> resource.digest().equals(digest)).findFirst().map(resource ->
                switch (type) {
                    case SCANNING_FAILED -> new ScanOverview(ScanStatus.ERROR, resource.overview().counts(),
                            resource.overview().scanner());
                    case SCANNING_STOPPED -> new ScanOverview(ScanStatus.STOPPED, resource.overview().counts(),
                            resource.overview().scanner());
                    default -> resource.overview();
                });
    }
}
