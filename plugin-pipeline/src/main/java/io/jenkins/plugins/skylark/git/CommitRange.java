package io.jenkins.plugins.skylark.git;

import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

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

    /** The range from {@code previous} (a store's last successful deployment) to {@code deployedCommit}; first if empty. */
    public static CommitRange after(String deployedCommit, Optional<PreviousDeploymentInfo> previous) {
        return previous.map(p -> new CommitRange(deployedCommit, p.commitId(), p.deployedAt()))
                .orElseGet(() -> firstDeployment(deployedCommit));
    }

    boolean first() {
        return previousCommit == null || previousCommit.isBlank();
    }
}
