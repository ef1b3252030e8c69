package io.jenkins.plugins.skylark.image;

import java.io.Serializable;
import java.util.List;

/**
 * One layer: the files under {@code directory} (relative to the workspace) matching any of the glob
 * {@code includes} (relative to {@code directory}; {@code **}{@code /} also matches the top level),
 * placed under the absolute image path {@code target} with their path relative to {@code directory}.
 * Every pattern must match at least one file.
 *
 * @param name shown in progress and results, unique within a request
 * @param kind decides the layer's position
 * @param directory workspace-relative directory the patterns start from; {@code "."} for the workspace
 * @param includes glob patterns, e.g. {@code *.jar}, {@code **}{@code /*.class}
 * @param target absolute directory in the image, e.g. {@code /app/libs}
 */
public record LayerSpec(String name, LayerKind kind, String directory, List<String> includes, String target)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public LayerSpec {
        includes = includes == null ? List.of() : List.copyOf(includes);
        directory = directory == null || directory.isBlank() ? "." : directory;
    }
}
