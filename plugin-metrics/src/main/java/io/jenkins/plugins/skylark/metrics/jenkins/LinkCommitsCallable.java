package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.git.CommitLinker;
import io.jenkins.plugins.skylark.git.CommitRange;
import io.jenkins.plugins.skylark.git.LinkedCommits;
import java.io.File;
import java.time.Instant;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs the {@link CommitLinker} where the workspace is. Carries only strings, so nothing of the
 * controller travels to the agent; the result comes back as the serialisable {@link LinkedCommits}.
 */
final class LinkCommitsCallable extends MasterToSlaveFileCallable<LinkedCommits> {
    private static final long serialVersionUID = 1L;

    private final String deployedCommit;
    private final String previousCommit;
    private final String previousDeployedAt;

    /**
     * @param previousCommit     {@code null} for the first deployment
     * @param previousDeployedAt ISO-8601 instant, or {@code null}
     */
    LinkCommitsCallable(String deployedCommit, String previousCommit, String previousDeployedAt) {
        this.deployedCommit = deployedCommit;
        this.previousCommit = previousCommit;
        this.previousDeployedAt = previousDeployedAt;
    }

    @Override
    public LinkedCommits invoke(File workspace, VirtualChannel channel) {
        Instant previousAt = previousDeployedAt == null ? null : Instant.parse(previousDeployedAt);
        return new CommitLinker().link(workspace.toPath(), new CommitRange(deployedCommit, previousCommit, previousAt));
    }
}
