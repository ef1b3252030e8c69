package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.delivery.jenkins.PreviousDeployments;
import io.jenkins.plugins.skylark.git.CommitRange;
import io.jenkins.plugins.skylark.git.GitCommit;
import io.jenkins.plugins.skylark.git.LinkedCommits;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The commits a deployment or a build ships, the same range the metrics plugin links: for a deployment,
 * from the previous successful deployment of the application to the environment
 * ({@link PreviousDeployments}) to the deployed commit; for a build, from the job's previous successful
 * build's commit ({@code GIT_PREVIOUS_SUCCESSFUL_COMMIT}, set by the Git plugin) to {@code head}. With no
 * predecessor, only {@code head}. Read on the agent; a workspace without the repository or the commit is
 * said in the log and ships no commits (the branch name may still name issues).
 */
final class ShippedCommits {
    private ShippedCommits() {
    }

    static List<GitCommit> find(String project, String application, String environment, String head,
            EnvVars variables, FilePath workspace, PrintStream log) throws IOException, InterruptedException {
        CommitRange range;
        if (environment != null) {
            Optional<PreviousDeploymentInfo> previous = PreviousDeployments.lookup(project, application, environment);
            if (previous.isPresent() && (previous.get().commitId().equals(head)
                    || previous.get().commitId().equals(variables.get("GIT_COMMIT")))) {
                log.println(Messages.get("ShippedCommits.alreadyDeployed", application, environment,
                        previous.get().commitId()));
            }
            range = CommitRange.after(head, previous);
        } else {
            String previous = variables.get("GIT_PREVIOUS_SUCCESSFUL_COMMIT");
            range = previous == null || previous.isBlank() ? CommitRange.firstDeployment(head)
                    : new CommitRange(head, previous, null);
        }
        LinkedCommits linked;
        try {
            linked = workspace.act(new ShippedCommitsCallable(range));
        } catch (AbortException e) {
            log.println(Messages.get("ShippedCommits.unreadable", e.getMessage()));
            return List.of();
        }
        if (linked.warning() != null) {
            log.println(linked.warning());
        }
        log.println(Messages.get("ShippedCommits.read", linked.commits().size(), range.deployedCommit(),
                range.previousCommit() == null ? "-" : range.previousCommit()));
        return linked.commits();
    }
}
