/**
 * Commit linking: which commits a deployment ships (ids, times, messages), read from the workspace
 * repository with JGit
 * ({@link io.jenkins.plugins.skylark.git.CommitLinker}). Plain Java, no Jenkins types;
 * the input ({@link io.jenkins.plugins.skylark.git.CommitRange}) and the result
 * ({@link io.jenkins.plugins.skylark.git.LinkedCommits}) are serialisable so the adapter
 * can run the linker on the agent that holds the workspace.
 *
 * <p>Decisions: the first deployment of an application to an environment links only the deployed
 * commit (no predecessor, so no range; the whole history would swamp lead time with old commits). A
 * previous commit missing from the repository (force-push, shallow clone) falls back to the commits
 * committed after the previous deployment, with a warning. Merge commits count like any commit, and
 * bring the commits they merged. {@link io.jenkins.plugins.skylark.git.IssueKeys} reads JIRA issue keys
 * from the messages. Used by the metrics plugin (lead time, shipped issues) and by {@code jiraKeys}; the
 * previous deployment comes from {@code delivery.jenkins.PreviousDeployments}.
 */
package io.jenkins.plugins.skylark.git;
