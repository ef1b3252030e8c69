package io.jenkins.plugins.skylark.deploy.expose;

import java.util.List;
import java.util.Map;

/** Safe reads of a generic object's untyped fields: a missing or differently shaped field reads as empty. */
final class Json {
    private Json() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
