package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Objects;

/**
 * A stage of the pipeline: its tasks run in order. The name may hold {@code {{ name }}} placeholders,
 * replaced by the parameter's text (the English name becomes the Jenkinsfile stage name).
 */
public record TemplateStage(String id, LocalizedText name, Condition when, List<TemplateTask> tasks) {

    public TemplateStage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        when = when == null ? Condition.ALWAYS : when;
        tasks = List.copyOf(tasks);
    }
}
