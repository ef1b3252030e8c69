package io.jenkins.plugins.skylark.platform;

import java.util.List;

/**
 * The servers a project's pipelines talk to besides clusters and its registry. Every field is optional.
 *
 * @param sonarServerId the SonarQube server analyses run against
 * @param sonarCredentialsId secret text: this project's own SonarQube token, overriding the server's
 * @param jiraServerId the JIRA site the project plans on
 * @param jiraCredentialsId this project's own JIRA credentials (kind as the server's flavor needs), overriding
 *     the server's
 * @param jiraProjectKeys the JIRA project keys ({@code SHOP}, {@code PAY}) whose issue keys
 *     {@code jiraKeys()} finds; upper-case letters, digits and underscores, starting with a letter
 * @param incidentJql JQL selecting the issues that are production incidents
 *     ({@code project = OPS AND issuetype = Incident}); {@code null} = incidents are not imported
 * @param registryCredentialsId username with password: the Harbor robot account pushing into the project's
 *     registry project, overriding the registry's credentials
 */
public record ProjectServers(String sonarServerId, String sonarCredentialsId, String jiraServerId,
        String jiraCredentialsId, List<String> jiraProjectKeys, String incidentJql, String registryCredentialsId) {

    /** A project talking to no SonarQube or JIRA, pushing with the registry's credentials. */
    public static final ProjectServers NONE = new ProjectServers(null, null, null, null, null, null, null);

    public ProjectServers {
        jiraProjectKeys = Collections2.list(jiraProjectKeys, "jiraProjectKeys");
    }

    /** The credential calls to {@code server} use: the project's own when set, else the server's; {@code null}: none. */
    public String jiraCredentialsFor(JiraServer server) {
        return ObjectIds.isBlank(jiraCredentialsId) ? server.credentialsId() : jiraCredentialsId;
    }

    /** The token analyses on {@code server} use: the project's own when set, else the server's; {@code null}: none. */
    public String sonarCredentialsFor(SonarServer server) {
        return ObjectIds.isBlank(sonarCredentialsId) ? server.credentialsId() : sonarCredentialsId;
    }
}
