package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import java.nio.file.Path;
import java.util.List;

/** Where the image goes: a registry repository with tags, or an OCI archive file in the workspace. */
final class ImageTarget {

    private static final String DEFAULT_TAG = "latest";

    private final String registry;
    private final String repository;
    private final List<String> tags;
    private final Path archive;

    private ImageTarget(String registry, String repository, List<String> tags, Path archive) {
        this.registry = registry;
        this.repository = repository;
        this.tags = tags;
        this.archive = archive;
    }

    static ImageTarget of(ImageRequest request, Path workspace) throws ImageBuildException {
        List<String> tags = request.tags().isEmpty() ? List.of(DEFAULT_TAG) : List.copyOf(request.tags());
        if (request.registry() != null) {
            return new ImageTarget(hostOf(request.registry()), request.repository(), tags, null);
        }
        Path archive = workspace.resolve(request.archive()).normalize();
        if (!archive.startsWith(workspace)) {
            throw Messages.invalid("invalid.outsideWorkspace", "archive", request.archive());
        }
        return new ImageTarget(null, request.repository(), tags, archive);
    }

    /** {@code https://host:5000/} and {@code host:5000} both give {@code host:5000}. */
    static String hostOf(String registry) {
        String host = registry.trim().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    /** Whether the configured registry URL asks for plain HTTP. */
    static boolean plainHttp(String registry) {
        return registry != null && registry.trim().toLowerCase(java.util.Locale.ROOT).startsWith("http://");
    }

    boolean isArchive() {
        return archive != null;
    }

    String registry() {
        return registry;
    }

    Path archive() {
        return archive;
    }

    List<String> tags() {
        return tags;
    }

    /** What progress and errors call the target: {@code registry/repository} or the archive path. */
    String describe() {
        return isArchive() ? archive.toString() : registry + "/" + repository;
    }

    /** The reference a result reports: {@code registry/repository@digest} (no registry for an archive). */
    String referenceWith(String digest) {
        return (isArchive() ? repository : registry + "/" + repository) + "@" + digest;
    }

    Containerizer containerizer(RegistryCredentials credentials) {
        Containerizer containerizer = isArchive()
                ? Containerizer.to(TarImage.at(archive).named(ImageReference.of(null, repository, tags.get(0))))
                : Containerizer.to(registryImage(credentials));
        for (String tag : tags.subList(1, tags.size())) {
            containerizer.withAdditionalTag(tag);
        }
        return containerizer;
    }

    private RegistryImage registryImage(RegistryCredentials credentials) {
        RegistryImage image = RegistryImage.named(ImageReference.of(registry, repository, tags.get(0)));
        if (credentials != null) {
            // Jib keeps credentials as strings; this copy lives only as long as the build.
            image.addCredential(credentials.username(), new String(credentials.password()));
        }
        return image;
    }
}
