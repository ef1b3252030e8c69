package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A template as read from its folder: metadata, the form ({@link #parameters()}, in display order)
 * and the stage graph ({@link #stages()}), which is all a visual editor needs. {@code agent},
 * {@code options} and {@code post} are optional fragments for those declarative sections.
 */
public record TemplateDescriptor(
        String id,
        String version,
        String category,
        LocalizedText name,
        LocalizedText description,
        String icon,
        List<TemplateParameter> parameters,
        List<TemplateStage> stages,
        Fragment agent,
        Fragment options,
        Fragment post,
        List<TemplateExample> examples) {

    public TemplateDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        parameters = List.copyOf(parameters);
        stages = List.copyOf(stages);
        examples = List.copyOf(examples);
    }

    public Optional<TemplateParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The tasks a parameter feeds, as {@code stageId/taskId}, for editors linking field and graph. */
    public List<String> tasksFedBy(String parameter) {
        return stages.stream().flatMap(stage -> stage.tasks().stream()
                        .filter(task -> task.parameters().contains(parameter))
                        .map(task -> stage.id() + "/" + task.id()))
                .toList();
    }

    /** The Jenkins plugins the template's tasks need, each once. */
    public List<String> plugins() {
        return stages.stream().flatMap(s -> s.tasks().stream()).flatMap(t -> t.plugins().stream())
                .distinct().toList();
    }
}
