package io.jenkins.plugins.skylark.image;

import java.io.Serializable;
import java.util.List;

/**
 * What a build produced.
 *
 * @param destination a registry push or an OCI archive
 * @param reference {@code registry/repository@sha256:…} for a push; {@code repository@sha256:…} for an archive
 * @param digest the image manifest's digest
 * @param tags the tags pushed (or written into the archive)
 * @param layers the image's own layers, bottom to top (base image layers not included)
 * @param bytesSent bytes of blobs (layers and configuration) uploaded by this run; manifests and HTTP
 *     overhead are not counted; 0 for an archive
 * @param archive absolute path of the archive, or {@code null} for a push
 */
public record ImageResult(Destination destination, String reference, String digest, List<String> tags,
        List<LayerResult> layers, long bytesSent, String archive) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the image went. */
    public enum Destination {
        REGISTRY,
        ARCHIVE
    }

    public ImageResult {
        tags = List.copyOf(tags);
        layers = List.copyOf(layers);
    }
}
