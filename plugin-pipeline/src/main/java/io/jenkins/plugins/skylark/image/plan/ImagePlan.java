package io.jenkins.plugins.skylark.image.plan;

import io.jenkins.plugins.skylark.image.ImageBuildException;
import io.jenkins.plugins.skylark.image.ImageEngine;
import io.jenkins.plugins.skylark.image.ImageRequest;
import io.jenkins.plugins.skylark.image.ImageResult;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One image build as prepared on the controller — a request with everything but the workspace and its
 * layers, plus the layout options — completed and run where the workspace is. It is what travels to
 * the agent; the registry password inside it lives only in the request's {@link
 * io.jenkins.plugins.skylark.image.RegistryCredentials} and is wiped when the build ends.
 */
public final class ImagePlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ImageRequest request;
    private final LayoutOptions layout;

    /**
     * @param request everything but workspace and layers; an empty entrypoint lets the layout choose one
     */
    public ImagePlan(ImageRequest request, LayoutOptions layout) {
        this.request = request;
        this.layout = layout;
    }

    /**
     * Chooses the layers in {@code workspace}, builds and pushes (or archives) the image.
     *
     * @param progress receives the build log's lines; never a secret
     */
    public ImageResult build(Path workspace, Consumer<String> progress)
            throws ImageBuildException, InterruptedException {
        try {
            Path root = workspace.toAbsolutePath().normalize();
            Layout chosen = LayoutGuess.choose(layout, root);
            progress.accept(chosen.description());
            if (chosen.java() && ImageRequest.SCRATCH.equals(request.baseImage())) {
                progress.accept(Messages.get("ImagePlan.javaOnScratch"));
            }
            ImageRequest.Builder complete = request.toBuilder().workspace(root.toString()).layers(chosen.layers());
            if (request.entrypoint().isEmpty()) {
                complete.entrypoint(chosen.entrypoint());
            }
            return new ImageEngine().build(complete.build(), progress);
        } finally {
            if (request.credentials() != null) {
                request.credentials().clear();
            }
        }
    }

    @Override
    public String toString() {
        return "ImagePlan[" + request + ", " + layout + "]";
    }
}
