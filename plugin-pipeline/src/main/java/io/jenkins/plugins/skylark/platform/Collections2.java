package io.jenkins.plugins.skylark.platform;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Defensive copies for the model records: {@code null} means empty, {@code null} elements are refused. */
final class Collections2 {

    private Collections2() {
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        values.forEach(value -> Objects.requireNonNull(value, () -> field + " must not contain null"));
        return List.copyOf(values);
    }

    static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type, String field) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        values.forEach(value -> Objects.requireNonNull(value, () -> field + " must not contain null"));
        // EnumSet keeps declaration order, so equal sets print alike; the copy is then made unmodifiable.
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    static Map<String, String> map(Map<String, String> values, String field) {
        if (values == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, () -> field + " must not contain a null key"),
                Objects.requireNonNull(value, () -> field + " must not contain a null value")));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
