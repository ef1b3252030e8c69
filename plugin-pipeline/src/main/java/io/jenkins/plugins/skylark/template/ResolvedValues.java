package io.jenkins.plugins.skylark.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validated values of the parameters that are shown, in declaration order, each of its type's Java
 * kind, defaults filled in. Hidden parameters are absent.
 */
public record ResolvedValues(Map<String, Object> values) {

    public ResolvedValues {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isShown(String parameter) {
        return values.containsKey(parameter);
    }
}
