package io.jenkins.plugins.skylark.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for a project's {@link ProjectServers}: the servers it names exist; its own credentials, incident JQL
 * and robot account need the server (or registry) they are for; JIRA project keys are keys, each once.
 */
final class ProjectServerRules {

    /** JIRA's default project key format: an upper-case letter, then upper-case letters, digits or '_'. */
    private static final Pattern JIRA_PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");

    private ProjectServerRules() {
    }

    static void check(PlatformModel model, Problems.Subject subject, Project project) {
        ProjectServers servers = project.servers();
        boolean sonar = server(subject, "servers.sonarServerId", servers.sonarServerId(), "sonarServer",
                model.sonarServer(servers.sonarServerId()).isPresent());
        needs(subject, "servers.sonarCredentialsId", servers.sonarCredentialsId(), sonar, "servers.needsSonar");
        boolean jira = server(subject, "servers.jiraServerId", servers.jiraServerId(), "jiraServer",
                model.jiraServer(servers.jiraServerId()).isPresent());
        needs(subject, "servers.jiraCredentialsId", servers.jiraCredentialsId(), jira, "servers.needsJira");
        if (!ObjectIds.isBlank(servers.incidentJql()) && !jira) {
            subject.add("servers.incidentJql", "servers.incidentJqlNeedsJira");
        }
        jiraProjectKeys(subject, servers.jiraProjectKeys());
        needs(subject, "servers.registryCredentialsId", servers.registryCredentialsId(),
                !ObjectIds.isBlank(project.defaultRegistryId()), "servers.robotNeedsRegistry");
    }

    /** Whether a server is named and exists; an unknown one is reported. */
    private static boolean server(Problems.Subject subject, String field, String id, String kind, boolean exists) {
        return !ObjectIds.isBlank(id) && subject.resolves(field, exists, kind, id);
    }

    /** Credentials for something the project does not use are refused rather than ignored. */
    private static void needs(Problems.Subject subject, String field, String credentialsId, boolean present,
            String missingKey) {
        if (ObjectIds.isBlank(credentialsId)) {
            return;
        }
        if (present) {
            ServerRules.optionalCredentialsId(subject, field, credentialsId);
        } else {
            subject.add(field, missingKey);
        }
    }

    /** JIRA project keys as {@code jiraKeys()} looks for them: each a key, none twice. */
    static void jiraProjectKeys(Problems.Subject subject, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String field = "servers.jiraProjectKeys[" + i + "]";
            if (key == null || !JIRA_PROJECT_KEY.matcher(key).matches()) {
                subject.add(field, "servers.jiraProjectKey.invalid", key == null ? "" : key);
            } else if (!seen.add(key)) {
                subject.add(field, "servers.jiraProjectKey.duplicate", key);
            }
        }
    }
}
