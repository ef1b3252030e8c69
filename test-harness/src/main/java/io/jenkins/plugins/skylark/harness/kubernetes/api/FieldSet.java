package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The set of fields an applied configuration sets, in Kubernetes' {@code FieldsV1} form
 * ({@code f:field}, {@code k:{"name":"app"}} for keyed list elements, {@code v:"x"} for set members); used as
 * {@code metadata.managedFields[].fieldsV1} and to find which fields a manager stopped applying.
 */
final class FieldSet {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Identity and server-owned metadata never counted as applied fields. */
    private static final Set<String> SERVER_METADATA = Set.of("name", "namespace", "uid", "resourceVersion",
            "generation", "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp");

    private FieldSet() {
    }

    /** The fields of an applied object (without apiVersion, kind, identity metadata and status). */
    static ObjectNode of(JsonNode applied) {
        ObjectNode set = JSON.createObjectNode();
        applied.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (k.equals("metadata")) {
                ObjectNode meta = JSON.createObjectNode();
                e.getValue().fields().forEachRemaining(m -> {
                    if (!SERVER_METADATA.contains(m.getKey())) {
                        collect(m.getKey(), m.getValue(), meta);
                    }
                });
                if (meta.size() > 0) {
                    set.set("f:metadata", meta);
                }
            } else if (!k.equals("apiVersion") && !k.equals("kind") && !k.equals("status")) {
                collect(k, e.getValue(), set);
            }
        });
        return set;
    }

    private static void collect(String field, JsonNode value, ObjectNode into) {
        ObjectNode node = into.putObject("f:" + field);
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> collect(e.getKey(), e.getValue(), node));
        } else if (value.isArray() && ListKeys.isSet(field)) {
            value.forEach(v -> node.putObject("v:" + v));
        } else if (value.isArray()) {
            Optional<List<String>> keys = ListKeys.of(field, value);
            keys.ifPresent(k -> value.forEach(el -> {
                ObjectNode item = node.putObject("k:" + ListKeys.identity(el, k));
                item.putObject(".");
                el.fields().forEachRemaining(f -> collect(f.getKey(), f.getValue(), item));
            }));
        }
    }

    /** Removes from {@code live} every field in {@code before} that is not in {@code after}. */
    static void prune(JsonNode live, JsonNode before, JsonNode after) {
        if (live == null || before == null) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = before.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String step = e.getKey();
            JsonNode kept = after == null ? null : after.get(step);
            if (step.equals(".")) {
                continue;
            }
            JsonNode child = child(live, step);
            if (kept == null) {
                remove(live, step);
            } else if (child != null && e.getValue().size() > 0) {
                prune(child, e.getValue(), kept);
            }
        }
    }

    /** Leaf paths of a field set, each a list of steps. */
    static List<List<String>> leaves(JsonNode set) {
        List<List<String>> result = new ArrayList<>();
        leaves(set, new ArrayList<>(), result);
        return result;
    }

    private static void leaves(JsonNode set, List<String> prefix, List<List<String>> into) {
        set.fieldNames().forEachRemaining(step -> {
            if (step.equals(".")) {
                return;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(step);
            JsonNode child = set.get(step);
            if (child.size() == 0 || (child.size() == 1 && child.has("."))) {
                into.add(path);
            } else {
                leaves(child, path, into);
            }
        });
    }

    /** Whether the set contains the path (or a prefix of it as a leaf). */
    static boolean contains(JsonNode set, List<String> path) {
        JsonNode node = set;
        for (String step : path) {
            node = node.get(step);
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** Removes one path from a set (ownership moved to another manager). */
    static void removePath(JsonNode set, List<String> path) {
        JsonNode node = set;
        for (int i = 0; i < path.size() - 1 && node != null; i++) {
            node = node.get(path.get(i));
        }
        if (node instanceof ObjectNode o) {
            o.remove(path.get(path.size() - 1));
        }
    }

    /** The value a path points at, or {@code null}. */
    static JsonNode resolve(JsonNode object, List<String> path) {
        JsonNode node = object;
        for (String step : path) {
            node = node == null ? null : child(node, step);
        }
        return node;
    }

    /** Renders a path the way Kubernetes names conflicting fields, e.g. {@code .spec.replicas}. */
    static String describe(List<String> path) {
        StringBuilder b = new StringBuilder();
        for (String step : path) {
            if (step.startsWith("f:")) {
                b.append('.').append(step.substring(2));
            } else {
                b.append('[').append(step.substring(2)).append(']');
            }
        }
        return b.toString();
    }

    private static JsonNode child(JsonNode node, String step) {
        if (step.startsWith("f:")) {
            return node.get(step.substring(2));
        }
        if (node instanceof ArrayNode array) {
            int index = indexOf(array, step);
            return index < 0 ? null : array.get(index);
        }
        return null;
    }

    private static void remove(JsonNode node, String step) {
        if (step.startsWith("f:") && node instanceof ObjectNode o) {
            o.remove(step.substring(2));
        } else if (node instanceof ArrayNode array) {
            int index = indexOf(array, step);
            if (index >= 0) {
                array.remove(index);
            }
        }
    }

    private static int indexOf(ArrayNode array, String step) {
        String id = step.substring(2);
        for (int i = 0; i < array.size(); i++) {
            JsonNode el = array.get(i);
            if (step.startsWith("v:") && el.toString().equals(id)) {
                return i;
            }
            if (step.startsWith("k:") && el.isObject() && matchesKey(el, id)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesKey(JsonNode element, String id) {
        try {
            JsonNode key = JSON.readTree(id);
            List<String> names = new ArrayList<>();
            key.fieldNames().forEachRemaining(names::add);
            return ListKeys.identity(element, names).equals(key.toString());
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
