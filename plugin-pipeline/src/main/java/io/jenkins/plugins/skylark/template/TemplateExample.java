package io.jenkins.plugins.skylark.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A named set of values the template is documented and golden-tested with. */
public record TemplateExample(String name, Map<String, Object> values) {

    public TemplateExample {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
