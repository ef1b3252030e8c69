package io.jenkins.plugins.skylark.deploy;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One {@code platformDeploy}: the application, the image to run (by digest), the version and commit
 * it was built from, which containers get the image (empty: those already using the image's
 * repository), and the manifest files or folders, relative to the workspace.
 */
public record DeployRequest(DeployTarget target, String application, String image, String version, String commitId,
        Set<String> containers, List<String> manifests, DeployOptions options) implements Serializable {

    public DeployRequest {
        if (target == null) {
            throw new IllegalArgumentException("deploy request field 'target' must not be empty");
        }
        if (application == null || application.isBlank()) {
            throw new IllegalArgumentException("deploy request field 'application' must not be empty");
        }
        containers = containers == null ? Set.of() : Set.copyOf(containers);
        manifests = manifests == null ? List.of() : List.copyOf(manifests);
        options = options == null ? DeployOptions.defaults() : options;
    }

    /** The delivered version: the given one, else the image reference. */
    public String effectiveVersion() {
        return version != null && !version.isBlank() ? version : image;
    }
}
