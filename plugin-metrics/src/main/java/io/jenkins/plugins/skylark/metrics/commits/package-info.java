/**
 * Commit linking: which commits a deployment ships, read from the workspace repository with JGit
 * ({@link io.jenkins.plugins.skylark.metrics.commits.CommitLinker}). Plain Java, no Jenkins types;
 * the input ({@link io.jenkins.plugins.skylark.metrics.commits.CommitRange}) and the result
 * ({@link io.jenkins.plugins.skylark.metrics.commits.LinkedCommits}) are serialisable so the adapter
 * can run the linker on the agent that holds the workspace.
 *
 * <p>Decisions: the first deployment of an application to an environment links only the deployed
 * commit (no predecessor, so no range; the whole history would swamp lead time with old commits). A
 * previous commit missing from the repository (force-push, shallow clone) falls back to the commits
 * committed after the previous deployment, with a warning. Merge commits count like any commit, and
 * bring the commits they merged.
 */
package io.jenkins.plugins.skylark.metrics.commits;
