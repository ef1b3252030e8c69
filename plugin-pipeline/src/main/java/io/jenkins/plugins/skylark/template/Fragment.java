package io.jenkins.plugins.skylark.template;

import java.util.Objects;
import java.util.Set;

/**
 * A piece of Jenkinsfile read from a template folder: Groovy statements in which {@code {{ name }}}
 * placeholders stand where the engine puts literals. {@code path} is relative to the template folder.
 */
public record Fragment(String path, String text) {

    public Fragment {
        Objects.requireNonNull(path, "path");
        text = Objects.requireNonNull(text, "text").strip();
    }

    /** Placeholder names, in order of first use. */
    public Set<String> placeholders() {
        return Placeholders.names(text);
    }
}
