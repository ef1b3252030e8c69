package io.jenkins.plugins.skylark.image.plan;

import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where an application's image goes: its repository from the platform model, in the project's default
 * registry (as {@code withPlatform} resolved it) or in another configured registry named in the call;
 * with no registry at all, into an OCI archive in the workspace.
 *
 * @param registry {@code null} for an archive
 */
public record ImageDestination(String projectId, String applicationId, String repository, ImageRegistry registry) {

    /**
     * @param applicationId the application of the context's project
     * @param registryId another configured registry, or {@code null} for the project's default
     * @throws IllegalArgumentException naming an unknown application or registry and the known ones
     */
    public static ImageDestination resolve(PlatformModel model, ResolvedPlatformContext context, String applicationId,
            String registryId) {
        String projectId = context.projectId();
        if (applicationId == null || applicationId.isBlank()) {
            throw new IllegalArgumentException(Messages.get("ImageDestination.applicationRequired"));
        }
        Application application = model.application(projectId, applicationId).orElseThrow(() ->
                new IllegalArgumentException(Messages.get("ImageDestination.unknownApplication", applicationId,
                        projectId, list(model.applications(projectId).stream().map(Application::id)))));
        return new ImageDestination(projectId, application.id(), application.imageRepository(),
                registry(model, context, registryId));
    }

    private static ImageRegistry registry(PlatformModel model, ResolvedPlatformContext context, String registryId) {
        if (registryId != null && !registryId.isBlank()) {
            return model.registry(registryId.strip()).orElseThrow(() -> new IllegalArgumentException(
                    Messages.get("ImageDestination.unknownRegistry", registryId,
                            list(model.registries().stream().map(ImageRegistry::id)))));
        }
        if (context.registryId() == null) {
            return null;
        }
        return new ImageRegistry(context.registryId(), context.registryUrl(), context.registryCredentialsId(),
                context.registryKind(), context.registryInsecure());
    }

    public boolean isArchive() {
        return registry == null;
    }

    private static String list(Stream<String> ids) {
        String joined = ids.collect(Collectors.joining(", "));
        return joined.isEmpty() ? Messages.get("Layout.none") : joined;
    }
}
