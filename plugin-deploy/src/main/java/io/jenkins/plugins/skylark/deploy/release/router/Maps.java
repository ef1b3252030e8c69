package io.jenkins.plugins.skylark.deploy.release.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and edits of a custom resource's untyped fields (maps and lists as Jackson reads them). A missing or
 * differently shaped field reads as empty; the {@code child} methods create what is missing, to edit in place.
 */
final class Maps {
    private Maps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The list's elements that are objects (others are skipped: they are not ours to read). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(e -> result.add((Map<String, Object>) e));
        }
        return result;
    }

    /** The mutable list under {@code key}, created when missing. */
    @SuppressWarnings("unchecked")
    static List<Object> childList(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        List<Object> created = new ArrayList<>();
        parent.put(key, created);
        return created;
    }

    /** The mutable object under {@code key}, created when missing. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> childMap(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(key, created);
        return created;
    }

    static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    /** A deep copy of maps and lists; scalars are immutable and shared. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(k.toString(), copy(v)));
            return (T) result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            list.forEach(e -> result.add(copy(e)));
            return (T) result;
        }
        return value;
    }

    /** An integer field, {@code fallback} when absent or not a number. */
    static int integer(Map<String, Object> map, String key, int fallback) {
        return map.get(key) instanceof Number number ? number.intValue() : fallback;
    }
}
