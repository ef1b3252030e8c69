package io.jenkins.plugins.skylark.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shown-when / when rule: every named parameter must be visible and hold one of the listed values
 * (compared in their string form, so {@code true} matches a boolean parameter that is on). An empty
 * condition always holds.
 */
public record Condition(Map<String, List<String>> expected) {

    public static final Condition ALWAYS = new Condition(Map.of());

    public Condition {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        expected.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        expected = Collections.unmodifiableMap(copy);
    }

    /** Whether the rule holds for the resolved values (hidden parameters are absent from them). */
    public boolean holds(Map<String, ?> values) {
        return expected.entrySet().stream().allMatch(e -> values.containsKey(e.getKey())
                && e.getValue().contains(String.valueOf(values.get(e.getKey()))));
    }

    public boolean isAlways() {
        return expected.isEmpty();
    }
}
