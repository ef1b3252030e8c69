package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One stored state of an object as watches see it: its stored JSON and what selectors and watches match on
 * (group, kind, namespace, and the fields and labels as fabric8's attribute matcher keys them).
 *
 * @param group API group, empty for core
 * @param kind object kind
 * @param namespace namespace, empty for cluster-scoped objects
 * @param resourceVersion {@code metadata.resourceVersion}
 * @param attributes {@code metadata.name}, {@code metadata.namespace} and one {@code labels:KEY} per label
 * @param json the stored JSON
 */
record ObjectState(String group, String kind, String namespace, long resourceVersion, AttributeSet attributes,
        String json) {

    /** fabric8's key prefix for labels in attribute sets. */
    static final String LABEL_PREFIX = "labels:";
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    static ObjectState of(String json) {
        JsonNode object = JsonBodies.parseJson(json);
        String apiVersion = object.path("apiVersion").asText();
        JsonNode metadata = object.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute(Selectors.NAME, metadata.path("name").asText("")));
        attributes.add(new Attribute(Selectors.NAMESPACE, namespace));
        metadata.path("labels").fields().forEachRemaining(
                label -> attributes.add(new Attribute(LABEL_PREFIX + label.getKey(), label.getValue().asText())));
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return new ObjectState(group, object.path("kind").asText(), namespace,
                metadata.path("resourceVersion").asLong(0), new AttributeSet(attributes), json);
    }

    /**
     * {@code metadata.resourceVersion} of stored JSON (0 when absent), read by streaming only as far as it: every
     * write of the store needs it, and most writes are never sent to any watch.
     */
    static long resourceVersionOf(String json) {
        try (JsonParser parser = JSON_FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean metadata = "metadata".equals(parser.currentName());
                if (parser.nextToken() == JsonToken.START_OBJECT && metadata) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        boolean version = "resourceVersion".equals(parser.currentName());
                        parser.nextToken();
                        if (version) {
                            return Long.parseLong(parser.getValueAsString("0"));
                        }
                        parser.skipChildren();
                    }
                    return 0;
                }
                parser.skipChildren();
            }
            return 0;
        } catch (IOException | NumberFormatException e) {
            throw ApiException.badRequest("stored object without a readable resourceVersion: " + e.getMessage());
        }
    }

    /** This state's JSON with {@code resourceVersion} set, as a delete event carries the last state. */
    String jsonAt(long resourceVersion) {
        ObjectNode object = JsonBodies.parseJson(json);
        object.with("metadata").put("resourceVersion", Long.toString(resourceVersion));
        return object.toString();
    }
}
