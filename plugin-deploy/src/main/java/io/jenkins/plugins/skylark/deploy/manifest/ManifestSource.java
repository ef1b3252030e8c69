package io.jenkins.plugins.skylark.deploy.manifest;

import java.io.Serializable;

/** One manifest file's content and the name errors refer to it by (a workspace-relative path). */
public record ManifestSource(String name, String content) implements Serializable {
}
