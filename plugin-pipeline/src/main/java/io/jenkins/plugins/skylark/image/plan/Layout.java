package io.jenkins.plugins.skylark.image.plan;

import io.jenkins.plugins.skylark.image.LayerSpec;
import java.util.List;

/**
 * The layers chosen for an image, the entrypoint they imply (empty: keep the base image's), and a line
 * for the build log saying what was chosen and why.
 *
 * @param java whether it is a Java application (which needs a base image with a Java runtime)
 */
public record Layout(List<LayerSpec> layers, List<String> entrypoint, String description, boolean java) {

    public Layout {
        layers = List.copyOf(layers);
        entrypoint = List.copyOf(entrypoint);
    }
}
