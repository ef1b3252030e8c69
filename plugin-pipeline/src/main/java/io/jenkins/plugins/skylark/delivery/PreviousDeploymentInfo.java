package io.jenkins.plugins.skylark.delivery;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The last successful deployment of an application to an environment, as a delivery-event store knows
 * it: what the next deployment's commit range starts after.
 *
 * @param commitId   the commit it was built from (never empty: a deployment without one cannot bound a range)
 * @param deployedAt when it started serving, or {@code null} if unknown
 */
public record PreviousDeploymentInfo(String commitId, Instant deployedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    public PreviousDeploymentInfo {
        if (Objects.requireNonNull(commitId, "commitId").isBlank()) {
            throw new IllegalArgumentException("previous deployment's commitId must not be empty");
        }
    }
}
