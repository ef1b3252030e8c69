package io.jenkins.plugins.skylark.build;

import java.io.Serializable;

/** A file the build produced: workspace-relative path ({@code /}-separated), size in bytes, SHA-256 in hex. */
public record Artifact(String path, long size, String sha256) implements Serializable {
    private static final long serialVersionUID = 1L;
}
