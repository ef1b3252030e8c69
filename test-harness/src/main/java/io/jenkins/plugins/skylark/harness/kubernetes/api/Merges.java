package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three ways a change is merged into a live object: server-side apply (keyed lists merge by key),
 * JSON merge patch (RFC 7386: objects merge, {@code null} deletes, lists are replaced) and strategic merge
 * patch (merge patch whose keyed lists merge by key and honour {@code $patch: delete}).
 */
final class Merges {

    private Merges() {
    }

    /** Merges an applied configuration into {@code live} (in place); fields no longer applied are pruned before. */
    static void apply(ObjectNode live, JsonNode applied) {
        applied.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                return;
            }
            live.set(e.getKey(), applyValue(e.getKey(), live.get(e.getKey()), e.getValue()));
        });
    }

    private static JsonNode applyValue(String field, JsonNode live, JsonNode applied) {
        if (applied.isObject() && live != null && live.isObject()) {
            ObjectNode merged = ((ObjectNode) live).deepCopy();
            apply(merged, applied);
            return merged;
        }
        if (applied.isArray() && live != null && live.isArray()) {
            if (ListKeys.isSet(field)) {
                ArrayNode union = ((ArrayNode) live).deepCopy();
                applied.forEach(v -> {
                    if (!contains(union, v)) {
                        union.add(v);
                    }
                });
                return union;
            }
            Optional<List<String>> keys = ListKeys.of(field, applied);
            if (keys.isPresent()) {
                return mergeKeyed((ArrayNode) live, (ArrayNode) applied, keys.get(), false);
            }
        }
        return applied.deepCopy();
    }

    /** RFC 7386 JSON merge patch. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        });
        return result;
    }

    /** Strategic merge patch (the directives kubectl sends; unknown directives are dropped). */
    static JsonNode strategicPatch(String field, JsonNode target, JsonNode patch) {
        if (patch.isObject() && "replace".equals(patch.path("$patch").asText())) {
            ObjectNode copy = ((ObjectNode) patch).deepCopy();
            copy.remove("$patch");
            return copy;
        }
        if (patch.isArray() && target != null && target.isArray()) {
            Optional<List<String>> keys = ListKeys.of(field, patch);
            if (keys.isPresent()) {
                return mergeKeyed((ArrayNode) target, (ArrayNode) patch, keys.get(), true);
            }
            if (ListKeys.isSet(field)) {
                return applyValue(field, target, patch);
            }
        }
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (k.startsWith("$")) {
                return;
            }
            if (e.getValue().isNull()) {
                result.remove(k);
            } else {
                result.set(k, strategicPatch(k, result.get(k), e.getValue()));
            }
        });
        return result;
    }

    private static ArrayNode mergeKeyed(ArrayNode live, ArrayNode changes, List<String> keys, boolean strategic) {
        Map<String, JsonNode> changed = new LinkedHashMap<>();
        changes.forEach(c -> changed.put(ListKeys.identity(c, keys), c));
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        if (strategic) {
            // A strategic patch keeps the live order and appends new elements.
            for (JsonNode el : live) {
                JsonNode change = changed.remove(ListKeys.identity(el, keys));
                if (change == null) {
                    result.add(el);
                } else if (!"delete".equals(change.path("$patch").asText())) {
                    result.add(strategicPatch("", el, change));
                }
            }
            changed.values().stream().filter(c -> !"delete".equals(c.path("$patch").asText()))
                    .forEach(c -> result.add(strategicPatch("", null, c)));
            return result;
        }
        // An apply lists the applied elements in their order, then the ones other managers own.
        Map<String, JsonNode> rest = new LinkedHashMap<>();
        live.forEach(el -> rest.put(ListKeys.identity(el, keys), el));
        changed.forEach((id, change) -> {
            JsonNode existing = rest.remove(id);
            result.add(existing == null ? change.deepCopy() : applyValue("", existing, change));
        });
        rest.values().forEach(result::add);
        return result;
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            if (it.next().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
