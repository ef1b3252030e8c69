package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.EnvVars;
import hudson.FilePath;
import io.jenkins.plugins.skylark.git.GitCommit;
import io.jenkins.plugins.skylark.git.IssueKeys;
import io.jenkins.plugins.skylark.jira.JiraKeys;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The issue keys a build or a deployment ships: those in the branch name ({@code BRANCH_NAME},
 * {@code CHANGE_BRANCH}, {@code GIT_BRANCH}) first, then those in the messages of the shipped commits
 * ({@link ShippedCommits}), each once.
 */
final class ShippedKeys {
    /** Where multibranch jobs and the Git plugin put the branch name. */
    static final List<String> BRANCH_VARIABLES = List.of("BRANCH_NAME", "CHANGE_BRANCH", "GIT_BRANCH");

    private ShippedKeys() {
    }

    /**
     * @param deployedCommit the commit deployed, {@code null} = {@code GIT_COMMIT}, else {@code HEAD}
     * @param workspace {@code null} = only the branch name is looked at (said in the log)
     * @throws IllegalArgumentException naming an unknown environment or application
     */
    static List<String> find(JiraConnection jira, PlatformModel model, ShippedScope scope, EnvVars environment,
            FilePath workspace, String deployedCommit, PrintStream log) throws IOException, InterruptedException {
        List<String> projectKeys = jira.searchedProjectKeys();
        String application = application(model, jira.projectId(), scope);
        Set<String> keys = new LinkedHashSet<>();
        for (String variable : BRANCH_VARIABLES) {
            keys.addAll(JiraKeys.inBranch(environment.get(variable), projectKeys));
        }
        if (workspace == null) {
            log.println(Messages.get("JiraKeys.noWorkspace"));
        } else {
            String head = deployedCommit != null ? deployedCommit : environment.get("GIT_COMMIT", "HEAD");
            List<GitCommit> commits = ShippedCommits.find(jira.projectId(), application, scope.environment(), head,
                    environment, workspace, log);
            keys.addAll(IssueKeys.inCommits(commits, projectKeys));
        }
        return new ArrayList<>(keys);
    }

    /** The application a deployment scope is about; {@code null} for a build's scope. */
    static String application(PlatformModel model, String projectId, ShippedScope scope) {
        if (scope.environment() == null) {
            return scope.application();
        }
        if (model.environment(projectId, scope.environment()).isEmpty()) {
            throw new IllegalArgumentException(Messages.get("JiraKeys.unknownEnvironment", scope.environment(),
                    projectId));
        }
        List<String> applications = model.applications(projectId).stream().map(Application::id).toList();
        if (scope.application() != null) {
            if (!applications.contains(scope.application())) {
                throw new IllegalArgumentException(Messages.get("JiraKeys.unknownApplication", scope.application(),
                        projectId, applications.stream().collect(Collectors.joining(", "))));
            }
            return scope.application();
        }
        if (applications.size() != 1) {
            throw new IllegalArgumentException(Messages.get("JiraKeys.whichApplication", scope.environment(),
                    projectId, String.join(", ", applications)));
        }
        return applications.get(0);
    }
}
