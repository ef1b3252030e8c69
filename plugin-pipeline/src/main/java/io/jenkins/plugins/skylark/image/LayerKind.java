package io.jenkins.plugins.skylark.image;

/**
 * What a layer holds, in the order layers are stacked: what changes least goes first, so a code
 * change re-sends only the last layer.
 */
public enum LayerKind {
    /** Third-party libraries (dependency jars). */
    DEPENDENCIES,
    /** Configuration, static files, anything that changes less often than the code. */
    RESOURCES,
    /** The application's own classes or jar, or the files of a plain directory image. */
    APPLICATION
}
