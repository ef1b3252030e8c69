package io.jenkins.plugins.skylark.sonar;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything an analysis needs except the token (which travels separately, never saved): what to analyse and
 * where to send it. Serialisable, sent to the agent that runs the analysis.
 *
 * @param serverUrl the SonarQube server's base URL
 * @param projectKey the SonarQube project key
 * @param projectName shown in SonarQube
 * @param projectVersion the analysed version ({@code sonar.projectVersion})
 * @param sources {@code sonar.sources}, comma-separated; {@code null} = the tool's usual place
 * @param tool the build tool for the default layout; {@code null} = guessed from the workspace
 * @param branch {@code sonar.branch.name}; {@code null} = the main branch (or the pull request)
 * @param pullRequest the pull request analysed, or {@code null}
 */
public record ScanRequest(String serverUrl, String projectKey, String projectName, String projectVersion,
        String sources, BuildTool tool, String branch, PullRequest pullRequest) implements Serializable {

    /** The analysis properties for a workspace whose relative paths {@code exists} tests. */
    public Map<String, String> properties(Predicate<String> exists) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sonar.host.url", serverUrl);
        properties.put("sonar.projectKey", projectKey);
        properties.put("sonar.projectName", projectName);
        if (projectVersion != null) {
            properties.put("sonar.projectVersion", projectVersion);
        }
        properties.put("sonar.sourceEncoding", "UTF-8");
        properties.putAll(ScanLayout.properties(tool, exists));
        if (sources != null) {
            properties.put("sonar.sources", sources);
        }
        if (pullRequest != null) {
            properties.put("sonar.pullrequest.key", pullRequest.key());
            properties.put("sonar.pullrequest.branch", pullRequest.branch());
            if (pullRequest.base() != null) {
                properties.put("sonar.pullrequest.base", pullRequest.base());
            }
        } else if (branch != null) {
            properties.put("sonar.branch.name", branch);
        }
        return properties;
    }
}
