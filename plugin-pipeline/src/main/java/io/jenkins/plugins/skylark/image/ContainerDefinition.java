package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.Ports;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import java.time.Instant;
import java.util.List;

/** Turns a checked request and its planned layers into Jib's description of the container. */
final class ContainerDefinition {

    private ContainerDefinition() {
    }

    static JibContainerBuilder of(ImageRequest request, ImageTarget target, List<LayerPlan.PlannedLayer> layers)
            throws InvalidImageReferenceException {
        JibContainerBuilder container = base(request, target)
                .setFormat(ImageFormat.OCI)
                .setCreationTime(Instant.EPOCH) // reproducible configuration, hence reproducible digest
                .setEnvironment(request.environment())
                .setExposedPorts(Ports.parse(request.ports()))
                .setLabels(request.labels());
        if (!request.entrypoint().isEmpty()) {
            container.setEntrypoint(request.entrypoint());
        }
        if (request.workingDirectory() != null) {
            container.setWorkingDirectory(AbsoluteUnixPath.get(request.workingDirectory()));
        }
        for (LayerPlan.PlannedLayer layer : layers) {
            container.addFileEntriesLayer(layer.layer());
        }
        return container;
    }

    /** The base image; it gets the target's credentials only when it lives in the same registry. */
    private static JibContainerBuilder base(ImageRequest request, ImageTarget target)
            throws InvalidImageReferenceException {
        if (ImageRequest.SCRATCH.equals(request.baseImage())) {
            return Jib.fromScratch();
        }
        ImageReference reference = ImageReference.parse(request.baseImage());
        RegistryImage base = RegistryImage.named(reference);
        RegistryCredentials credentials = request.credentials();
        if (credentials != null && reference.getRegistry().equals(target.registry())) {
            base.addCredential(credentials.username(), new String(credentials.password()));
        }
        return Jib.from(base);
    }
}
