package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateParameter;
import io.jenkins.plugins.skylark.template.TemplateStage;
import io.jenkins.plugins.skylark.template.TemplateTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stage graph of a template for the current form values: every stage and task of the template,
 * each marked shown or hidden by its {@code when} rule, so the page can draw hidden ones greyed out.
 */
final class StageGraph {

    /** A stage box; {@code name} has its placeholders replaced by the field values. */
    record Stage(String id, String name, boolean shown, List<Task> tasks) {
    }

    /** A task line inside a stage box. */
    record Task(String id, String name, boolean shown) {
    }

    private StageGraph() {
    }

    /** @param values the values rules are evaluated on: shown fields only, as {@link #visibleValues} gives */
    static List<Stage> of(TemplateDescriptor template, Map<String, ?> values, Locale locale) {
        return template.stages().stream().map(stage -> stage(stage, values, locale)).toList();
    }

    /**
     * What the engine would resolve, without rejecting anything: each field whose shown-when rule holds,
     * with its raw value or, when empty, its default. Used while the form still has errors, so the graph
     * follows the user's choices even before they are all valid.
     */
    static Map<String, Object> visibleValues(TemplateDescriptor template, Map<String, ?> raw) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TemplateParameter p : template.parameters()) {
            if (p.shownWhen().holds(values)) {
                Object value = raw.get(p.name());
                boolean empty = value == null || value instanceof String s && s.isBlank()
                        || value instanceof List<?> l && l.isEmpty();
                values.put(p.name(), empty ? p.valueWhenAbsent() : value);
            }
        }
        return values;
    }

    private static Stage stage(TemplateStage stage, Map<String, ?> values, Locale locale) {
        boolean shown = stage.when().holds(values);
        String name = stage.name(locale, p -> text(values.get(p)));
        return new Stage(stage.id(), name, shown, stage.tasks().stream()
                .map(task -> new Task(task.id(), taskName(task, locale), shown && task.when().holds(values)))
                .toList());
    }

    private static String taskName(TemplateTask task, Locale locale) {
        return task.name() == null ? task.id() : task.name().in(locale);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value == null ? "" : String.valueOf(value);
    }
}
