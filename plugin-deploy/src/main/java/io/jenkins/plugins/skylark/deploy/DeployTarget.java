package io.jenkins.plugins.skylark.deploy;

import java.io.Serializable;

/**
 * Where and for whom: the project and environment from the platform model, the environment's
 * namespace, the build's URL, and {@code eventKey}, a stable id of this step run (job, build number,
 * step) that makes the emitted delivery events idempotent. {@code eventKey} may be empty; the build
 * URL is used instead.
 */
public record DeployTarget(String project, String environment, String namespace, String buildUrl, String eventKey)
        implements Serializable {

    public DeployTarget {
        if (namespace == null || namespace.isBlank()) {
            throw new IllegalArgumentException("deploy target field 'namespace' must not be empty");
        }
    }

    /** Key of one delivery event of this run. */
    String eventKey(String application, String fact) {
        String base = eventKey != null && !eventKey.isBlank() ? eventKey
                : buildUrl != null && !buildUrl.isBlank() ? buildUrl : "local";
        return base + "|" + application + "|" + (environment == null ? namespace : environment) + "|" + fact;
    }
}
