package io.jenkins.plugins.skylark.metrics.commits;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which commits to link for one deployment: from the deployed commit back to (not including) the
 * commit of the previous successful deployment of the same application to the same environment.
 * Serialisable: the adapter sends it to the agent that holds the workspace.
 *
 * @param deployedCommit     commit id (or any revision JGit resolves) of what is being deployed
 * @param previousCommit     commit of the previous successful deployment, {@code null} for the first
 * @param previousDeployedAt when that deployment happened, {@code null} if unknown; bounds the
 *                           fallback when {@code previousCommit} is not in the repository
 */
public record CommitRange(String deployedCommit, String previousCommit, Instant previousDeployedAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CommitRange {
        if (deployedCommit == null || deployedCommit.isBlank()) {
            throw new IllegalArgumentException(CommitMessages.format("range.deployedCommit.empty"));
        }
    }

    /** The range of an application's first deployment to an environment. */
    public static CommitRange firstDeployment(String deployedCommit) {
        return new CommitRange(deployedCommit, null, null);
    }

    boolean first() {
        return previousCommit == null || previousCommit.isBlank();
    }
}
