package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.mockwebserver.http.MockResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-side apply ({@code PATCH} with {@code application/apply-patch+yaml}): creates the object when it is
 * missing, otherwise merges the applied fields into the live object, drops the fields this manager applied
 * before but no longer applies, and records each manager's fields in {@code metadata.managedFields}. Applying
 * the same configuration again changes nothing (same resourceVersion and generation). A field another
 * manager applied with a different value is a conflict unless {@code force=true}, which takes it over.
 */
final class ServerSideApply {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectStore store;

    ServerSideApply(ObjectStore store) {
        this.store = store;
    }

    MockResponse apply(ResourcePath path, ResourceType type, String body) {
        String manager = path.query().get("fieldManager");
        if (manager == null || manager.isBlank()) {
            throw ApiException.badRequest(
                    "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
        }
        if (path.subresource() != null) {
            throw ApiException.badRequest("the fake API server applies only to the main resource, not "
                    + path.subresource());
        }
        ObjectNode applied = parse(body, path, type);
        ObjectNode fields = FieldSet.of(applied);
        ObjectNode live = store.get(path);
        if (live == null) {
            ObjectNode created = applied.deepCopy();
            created.with("metadata").set("managedFields", array(entry(manager, type, fields)));
            return path.isDryRun() ? JsonBodies.ok(201, created) : store.create(path, created);
        }
        return update(path, live, applied, manager, fields, "true".equals(path.query().get("force")));
    }

    private MockResponse update(ResourcePath path, ObjectNode live, ObjectNode applied, String manager,
            ObjectNode fields, boolean force) {
        ArrayNode managed = live.path("metadata").path("managedFields").isArray()
                ? (ArrayNode) live.path("metadata").path("managedFields").deepCopy()
                : JsonNodeFactory.instance.arrayNode();
        JsonNode before = ownFields(managed, manager);
        List<String> conflicts = takeOver(managed, manager, live, applied, fields, force);
        if (!conflicts.isEmpty()) {
            throw conflict(conflicts);
        }
        ObjectNode merged = live.deepCopy();
        merged.with("metadata").remove("managedFields");
        ObjectNode unchanged = merged.deepCopy();
        FieldSet.prune(merged, before, fields);
        Merges.apply(merged, applied);
        ArrayNode others = others(managed, manager);
        if (merged.equals(unchanged) && fields.equals(before) && others.equals(others(live, manager))) {
            return JsonBodies.ok(200, live);
        }
        others.add(entry(manager, type(live), fields));
        merged.with("metadata").set("managedFields", others);
        return path.isDryRun() ? JsonBodies.ok(200, merged) : store.update(path, merged);
    }

    /** Finds fields other managers set to other values; with force they move to this manager. */
    private static List<String> takeOver(ArrayNode managed, String manager, JsonNode live, JsonNode applied,
            ObjectNode fields, boolean force) {
        List<String> conflicts = new ArrayList<>();
        for (List<String> leaf : FieldSet.leaves(fields)) {
            JsonNode wanted = FieldSet.resolve(applied, leaf);
            if (wanted != null && wanted.equals(FieldSet.resolve(live, leaf))) {
                continue;
            }
            for (JsonNode entry : managed) {
                String owner = entry.path("manager").asText();
                if (!owner.equals(manager) && FieldSet.contains(entry.path("fieldsV1"), leaf)) {
                    if (force) {
                        FieldSet.removePath(entry.path("fieldsV1"), leaf);
                    } else {
                        conflicts.add("conflict with \"" + owner + "\": " + FieldSet.describe(leaf));
                    }
                }
            }
        }
        return conflicts;
    }

    private static ApiException conflict(List<String> conflicts) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        ArrayNode causes = details.putArray("causes");
        conflicts.forEach(c -> causes.addObject().put("reason", "FieldManagerConflict").put("message", c));
        String message = "Apply failed with " + conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s")
                + ": " + String.join("\n", conflicts);
        return new ApiException(409, "Conflict", message, details);
    }

    private static JsonNode ownFields(ArrayNode managed, String manager) {
        for (JsonNode entry : managed) {
            if (entry.path("manager").asText().equals(manager) && "Apply".equals(entry.path("operation").asText())) {
                return entry.path("fieldsV1");
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private static ArrayNode others(JsonNode liveOrManaged, String manager) {
        JsonNode managed = liveOrManaged.isArray() ? liveOrManaged
                : liveOrManaged.path("metadata").path("managedFields");
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        managed.forEach(e -> {
            boolean mine = e.path("manager").asText().equals(manager) && "Apply".equals(e.path("operation").asText());
            if (!mine && e.path("fieldsV1").size() > 0) {
                result.add(e.deepCopy());
            }
        });
        return result;
    }

    private static ObjectNode entry(String manager, ResourceType type, ObjectNode fields) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode().put("manager", manager).put("operation", "Apply")
                .put("apiVersion", type.apiVersion())
                .put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("fieldsType", "FieldsV1");
        entry.set("fieldsV1", fields);
        return entry;
    }

    private static ResourceType type(JsonNode live) {
        String apiVersion = live.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        return new ResourceType(slash < 0 ? "" : apiVersion.substring(0, slash), apiVersion.substring(slash + 1),
                "", live.path("kind").asText(), true, List.of(), false, false);
    }

    private static ObjectNode parse(String body, ResourcePath path, ResourceType type) {
        JsonNode node;
        try {
            String text = body == null ? "" : body.strip();
            // clients send JSON, which is YAML too; a JSON parser reads it several times faster
            node = (text.startsWith("{") ? JSON : YAML).readTree(text);
        } catch (IOException e) {
            throw ApiException.badRequest("error decoding YAML: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode applied)) {
            throw ApiException.badRequest("error decoding YAML: the body is not an object");
        }
        check(applied.path("apiVersion").asText(), type.apiVersion(), "API version");
        check(applied.path("kind").asText(), type.kind(), "kind");
        ObjectNode metadata = applied.with("metadata");
        String name = metadata.path("name").asText(path.name());
        if (!name.equals(path.name())) {
            throw ApiException.badRequest("the name of the object (" + name
                    + ") does not match the name on the URL (" + path.name() + ")");
        }
        String namespace = metadata.path("namespace").asText("");
        if (path.namespace() != null && !namespace.isEmpty() && !namespace.equals(path.namespace())) {
            throw ApiException.badRequest("the namespace of the object (" + namespace
                    + ") does not match the namespace on the URL (" + path.namespace() + ")");
        }
        metadata.put("name", name);
        if (path.namespace() != null) {
            metadata.put("namespace", path.namespace());
        }
        if (type.status()) {
            applied.remove("status");
        }
        return applied;
    }

    private static void check(String actual, String expected, String what) {
        if (!actual.equals(expected)) {
            throw ApiException.badRequest("the " + what + " in the data (" + actual
                    + ") does not match the expected " + what + " (" + expected + ")");
        }
    }

    private static ArrayNode array(JsonNode element) {
        return JsonNodeFactory.instance.arrayNode().add(element);
    }
}
