package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.GString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns Groovy values into the plain Java values a step receives (as Jenkins' argument binding does). */
final class GroovyValues {
    private GroovyValues() {
    }

    static Object plain(Object value) {
        if (value instanceof GString) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        return value;
    }
}
