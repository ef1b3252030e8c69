package io.jenkins.plugins.skylark.template.job;

import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which template made a job's Jenkinsfile: catalogue, template id and version, the form values (String,
 * Boolean, Long or List of String, as the engine resolved them) and the sha-256 of the Jenkinsfile as
 * rendered, which tells whether someone has edited it since.
 */
public record TemplateOrigin(String catalogueId, String templateId, String version, Map<String, Object> values,
        String jenkinsfileSha256) {

    public TemplateOrigin {
        Objects.requireNonNull(catalogueId, "catalogueId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(jenkinsfileSha256, "jenkinsfileSha256");
        values = copy(values);
    }

    /** The origin of a Jenkinsfile just rendered from {@code template}. */
    public static TemplateOrigin of(CatalogueTemplate template, RenderedJenkinsfile rendered) {
        if (!template.descriptor().id().equals(rendered.templateId())) {
            throw new IllegalArgumentException("the Jenkinsfile was rendered from " + rendered.templateId()
                    + ", not from " + template.descriptor().id());
        }
        return new TemplateOrigin(template.catalogueId(), rendered.templateId(), rendered.templateVersion(),
                rendered.values().values(), ScriptHash.sha256(rendered.text()));
    }

    /** Whether {@code script} is still exactly the Jenkinsfile the template rendered. */
    public boolean isUnchanged(String script) {
        return jenkinsfileSha256.equals(ScriptHash.sha256(script));
    }

    /** Values in a plain modifiable map with plain lists, as saved configuration wants them. */
    public Map<String, Object> mutableValues() {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((name, value) -> plain.put(name, value instanceof List<?> list ? new ArrayList<>(list) : value));
        return plain;
    }

    private static Map<String, Object> copy(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        (values == null ? Map.<String, Object>of() : values).forEach((name, value) -> {
            Objects.requireNonNull(value, () -> "value of " + name);
            copy.put(name, value instanceof List<?> list ? List.copyOf(list) : value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
