package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.BuildSettings;
import io.jenkins.plugins.skylark.platform.BuildTool;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.ProjectServers;
import io.jenkins.plugins.skylark.platform.SonarServer;
import io.jenkins.plugins.skylark.release.Durations;
import io.jenkins.plugins.skylark.sonar.PullRequest;
import io.jenkins.plugins.skylark.sonar.ScanRequest;
import io.jenkins.plugins.skylark.webhook.GateWait;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a {@code platformScan} call against the platform model and the build's environment, naming the field
 * at fault: the application (the step's, else the project's only one), the SonarQube server (the project's,
 * else the only one configured), the token credential (the project's, else the server's), the project key
 * (step, then the application's build settings, then {@code <project>_<application>}), the version (step, then
 * the commit, then the build number), the pull request (step, then multibranch's {@code CHANGE_*}) and the
 * build tool whose report paths are passed (the application's, then this build's last {@code platformBuild}'s,
 * then guessed from the workspace).
 */
final class ScanSetup {
    private ScanSetup() {
    }

    /**
     * @param lastBuildTool the tool of this build's last {@code platformBuild}, {@code null} when none ran: used
     *     when the application names no tool, so the scan finds that build's reports
     */
    static ScanPlan plan(PlatformScanStep step, PlatformModel model, String projectId, EnvVars env,
            BuildTool lastBuildTool) throws AbortException {
        Project project = model.project(projectId).orElseThrow(() -> abort("ScanSetup.unknownProject", projectId));
        Application application = application(model, projectId, step.getApplication());
        ProjectServers servers = project.servers();
        SonarServer server = server(model, projectId, servers.sonarServerId());
        String credentialsId = servers.sonarCredentialsFor(server);
        if (credentialsId == null) {
            throw abort("ScanSetup.noToken", server.id(), projectId);
        }
        BuildSettings build = application.build();
        String key = step.getProjectKey() != null ? step.getProjectKey()
                : build.sonarProjectKey() != null ? build.sonarProjectKey() : projectId + "_" + application.id();
        // Without a webhook secret every SonarQube webhook is refused: waiting for one would only delay the poll.
        Duration grace = duration("webhookTimeout", step.getWebhookTimeout(),
                server.webhookSecretId() == null ? Duration.ZERO : GateWait.DEFAULT_GRACE);
        Duration timeout = duration("timeout", step.getTimeout(), GateWait.DEFAULT_TIMEOUT);
        if (timeout.isZero()) {
            throw abort("ScanSetup.zeroTimeout", step.getTimeout());
        }
        ScanRequest request = new ScanRequest(server.url(), key, application.id(), version(step, env),
                step.getSources(), build.tool() != null ? build.tool() : lastBuildTool, step.getBranch(),
                pullRequest(step, env));
        return new ScanPlan(projectId, application.id(), server.id(), credentialsId, request, grace.toMillis(),
                timeout.toMillis(), step.isUnstableOnGateFailure());
    }

    private static Application application(PlatformModel model, String projectId, String id) throws AbortException {
        List<Application> all = model.applications(projectId);
        if (id == null) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw abort("ScanSetup.chooseApplication", projectId, ids(all));
        }
        return model.application(projectId, id)
                .orElseThrow(() -> abort("ScanSetup.unknownApplication", id, projectId, ids(all)));
    }

    private static SonarServer server(PlatformModel model, String projectId, String id) throws AbortException {
        if (id != null) {
            return model.sonarServer(id).orElseThrow(() -> abort("ScanSetup.unknownServer", id, projectId));
        }
        if (model.sonarServers().size() == 1) {
            return model.sonarServers().get(0);
        }
        throw abort("ScanSetup.noServer", projectId, model.sonarServers().stream().map(SonarServer::id)
                .collect(Collectors.joining(", ")));
    }

    private static PullRequest pullRequest(PlatformScanStep step, EnvVars env) throws AbortException {
        String key = step.getPullRequest() != null ? step.getPullRequest() : env.get("CHANGE_ID");
        if (key == null || key.isBlank()) {
            return null;
        }
        String branch = step.getPullRequestBranch() != null ? step.getPullRequestBranch() : env.get("CHANGE_BRANCH");
        String base = step.getPullRequestBase() != null ? step.getPullRequestBase() : env.get("CHANGE_TARGET");
        try {
            return new PullRequest(key, branch, base);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static String version(PlatformScanStep step, EnvVars env) {
        if (step.getVersion() != null) {
            return step.getVersion();
        }
        String commit = env.get("GIT_COMMIT");
        if (commit != null && !commit.isBlank()) {
            return commit.length() > 12 ? commit.substring(0, 12) : commit;
        }
        return env.get("BUILD_NUMBER");
    }

    private static Duration duration(String field, String text, Duration fallback) throws AbortException {
        if (text == null) {
            return fallback;
        }
        return Durations.parse(text).orElseThrow(() -> abort("ScanSetup.badDuration", field, text));
    }

    private static String ids(List<Application> applications) {
        return applications.stream().map(Application::id).collect(Collectors.joining(", "));
    }

    private static AbortException abort(String key, Object... arguments) {
        return new AbortException(Messages.get(key, arguments));
    }
}
