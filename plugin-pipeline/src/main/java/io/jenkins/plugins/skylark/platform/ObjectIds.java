package io.jenkins.plugins.skylark.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How validation names objects, and duplicate detection among them. */
final class ObjectIds {

    private ObjectIds() {
    }

    /** The id, or {@code #n} (1-based position in its list) when the object has none. */
    static String of(String id, int index) {
        return isBlank(id) ? "#" + (index + 1) : id;
    }

    /** {@code project/id} for objects whose id is unique per project. */
    static String qualified(String projectId, String id, int index) {
        return (isBlank(projectId) ? "?" : projectId) + "/" + of(id, index);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * For each element, the earlier element with the same non-null key, or {@code null}: index i of the
     * result belongs to index i of {@code values}.
     */
    static <T, K> List<T> earlierWithSameKey(List<T> values, Function<T, K> key) {
        Map<K, T> seen = new HashMap<>();
        List<T> earlier = new ArrayList<>();
        for (T value : values) {
            K k = key.apply(value);
            earlier.add(k == null ? null : seen.putIfAbsent(k, value));
        }
        return earlier;
    }

    /** A key only when every part is present, so that objects with missing parts are not duplicates. */
    static List<String> keyOf(String... parts) {
        for (String part : parts) {
            if (isBlank(part)) {
                return null;
            }
        }
        return List.of(parts);
    }
}
