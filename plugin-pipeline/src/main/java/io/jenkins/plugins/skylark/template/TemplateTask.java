package io.jenkins.plugins.skylark.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a stage: a fragment plus the parameters that feed its placeholders. A placeholder is
 * fed by the parameter of the same name unless {@code arguments} maps it to another one, so one
 * fragment serves several tasks (deploy to a first and a second environment). {@code plugins} are
 * the Jenkins plugins its steps need; {@code exports} the environment variables it sets for later
 * tasks.
 */
public record TemplateTask(
        String id,
        LocalizedText name,
        Fragment fragment,
        Map<String, String> arguments,
        Condition when,
        List<String> plugins,
        List<String> exports) {

    public TemplateTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fragment, "fragment");
        arguments = Map.copyOf(arguments);
        when = when == null ? Condition.ALWAYS : when;
        plugins = List.copyOf(plugins);
        exports = List.copyOf(exports);
    }

    /** The parameter feeding a placeholder of the fragment. */
    public String parameterFor(String placeholder) {
        return arguments.getOrDefault(placeholder, placeholder);
    }

    /** Every parameter this task's fragment reads. */
    public Set<String> parameters() {
        Set<String> parameters = new LinkedHashSet<>();
        fragment.placeholders().forEach(p -> parameters.add(parameterFor(p)));
        return parameters;
    }
}
