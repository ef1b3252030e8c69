package io.jenkins.plugins.skylark.image;

import java.io.Serializable;

/**
 * One of the image's own layers as built.
 *
 * @param name the layer's name from its {@link LayerSpec}
 * @param kind the layer's kind
 * @param files number of files in it
 * @param digest digest of the compressed layer blob, {@code sha256:…}
 * @param size compressed size in bytes
 * @param sent whether this run uploaded the blob (false when the registry already had it, or for an archive)
 */
public record LayerResult(String name, LayerKind kind, int files, String digest, long size, boolean sent)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
