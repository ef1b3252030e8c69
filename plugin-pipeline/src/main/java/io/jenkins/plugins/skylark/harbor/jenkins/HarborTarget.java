package io.jenkins.plugins.skylark.harbor.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.harbor.ArtifactRef;
import io.jenkins.plugins.skylark.image.jenkins.PlatformImageAction;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import java.io.Serializable;

/**
 * The artifact a scan or label step works on and how to reach it, resolved on the controller: the image
 * ({@code image:} or {@code PLATFORM_IMAGE}), the configured Harbor registry serving its host, the push account
 * and the application it belongs to. A job acts only on its own project's Harbor project. No secret inside.
 *
 * @param applicationId the application whose repository the image is in; {@code null} when none is
 */
public record HarborTarget(String registryId, String credentialsId, ArtifactRef artifact, String projectId,
        String applicationId, String environmentId) implements Serializable {
    private static final long serialVersionUID = 1L;

    static HarborTarget resolve(PlatformModel model, ResolvedPlatformContext platform, EnvVars env, String image,
            String application) throws AbortException {
        String reference = image != null ? image : env.get(PlatformImageAction.VARIABLE);
        if (reference == null || reference.isBlank()) {
            throw new AbortException(Messages.get("HarborTarget.noImage", PlatformImageAction.VARIABLE));
        }
        try {
            ArtifactRef artifact = ArtifactRef.parse("image", reference);
            ImageRegistry registry = model.registries().stream().filter(r -> r.host().equals(artifact.host()))
                    .findFirst().orElseThrow(() -> new AbortException(Messages.get("HarborTarget.unknownHost",
                            artifact.host(), reference)));
            if (registry.kind() != RegistryKind.HARBOR) {
                throw new AbortException(Messages.get("Harbor.notHarbor", registry.id()));
            }
            Project project = model.project(platform.projectId()).orElseThrow();
            if (project.registryProject() != null && !project.registryProject().equals(artifact.project())) {
                throw new AbortException(Messages.get("HarborTarget.otherProject", reference, artifact.project(),
                        project.id(), project.registryProject()));
            }
            return new HarborTarget(registry.id(), HarborAccess.credentialsId(model, project.id(), registry), artifact,
                    project.id(), application(model, project.id(), artifact, application), platform.environmentId());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static String application(PlatformModel model, String projectId, ArtifactRef artifact, String given)
            throws AbortException {
        if (given != null) {
            return model.application(projectId, given).map(Application::id).orElseThrow(() ->
                    new AbortException(Messages.get("HarborTarget.unknownApplication", given, projectId)));
        }
        String repository = artifact.project() + "/" + artifact.repository();
        return model.applications(projectId).stream().filter(a -> repository.equals(a.imageRepository()))
                .map(Application::id).findFirst().orElse(null);
    }
}
