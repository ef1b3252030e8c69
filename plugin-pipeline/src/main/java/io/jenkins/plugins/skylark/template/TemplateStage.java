package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

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

    /** The name in a locale, each placeholder replaced by {@code parameterText} of its parameter (an editor's graph). */
    public String name(Locale locale, UnaryOperator<String> parameterText) {
        return Placeholders.replace(name.in(locale), parameterText);
    }
}
