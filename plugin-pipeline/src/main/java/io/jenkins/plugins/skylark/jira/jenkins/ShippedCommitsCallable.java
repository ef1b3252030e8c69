package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.git.CommitLinker;
import io.jenkins.plugins.skylark.git.CommitRange;
import io.jenkins.plugins.skylark.git.LinkedCommits;
import java.io.File;
import java.io.UncheckedIOException;
import jenkins.MasterToSlaveFileCallable;

/**
 * Reads the shipped commits where the workspace is, with JGit. Carries only the range (strings and an
 * instant); the commits come back in {@link LinkedCommits}' serial form. A missing repository or commit
 * comes back as an {@link AbortException} with the linker's message.
 */
final class ShippedCommitsCallable extends MasterToSlaveFileCallable<LinkedCommits> {
    private static final long serialVersionUID = 1L;

    private final CommitRange range;

    ShippedCommitsCallable(CommitRange range) {
        this.range = range;
    }

    @Override
    public LinkedCommits invoke(File workspace, VirtualChannel channel) throws AbortException {
        try {
            return new CommitLinker().link(workspace.toPath(), range);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
