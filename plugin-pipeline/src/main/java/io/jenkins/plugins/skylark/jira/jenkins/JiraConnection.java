package io.jenkins.plugins.skylark.jira.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.jira.JiraKeys;
import io.jenkins.plugins.skylark.jira.JiraAuth;
import io.jenkins.plugins.skylark.jira.JiraClient;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.ProjectServers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Skylark project's JIRA, as the model has it: its server ({@code Project.servers().jiraServerId()}),
 * the credential (the project's own, else the server's; looked up in the build's context, so folder
 * credentials work) and the JIRA project keys it may touch. Issues of other JIRA projects are refused:
 * a job acts only for the project of its folder, also in JIRA.
 */
final class JiraConnection {
    private final String projectId;
    private final JiraClient client;
    private final List<String> projectKeys;

    private JiraConnection(String projectId, JiraClient client, List<String> projectKeys) {
        this.projectId = projectId;
        this.client = client;
        this.projectKeys = projectKeys;
    }

    /**
     * @throws AbortException when the project names no JIRA server, the server or credential is missing,
     *     or the credential is not of the kind the server's flavor signs in with
     */
    static JiraConnection open(PlatformModel model, String projectId, Run<?, ?> run) throws AbortException {
        Project project = model.project(projectId).orElseThrow(() -> new AbortException(
                Messages.get("JiraConnection.unknownProject", projectId)));
        ProjectServers servers = project.servers();
        if (servers.jiraServerId() == null || servers.jiraServerId().isBlank()) {
            throw new AbortException(Messages.get("JiraConnection.noServer", projectId));
        }
        JiraServer server = model.jiraServer(servers.jiraServerId()).orElseThrow(() -> new AbortException(
                Messages.get("JiraConnection.unknownServer", servers.jiraServerId(), projectId)));
        String credentialsId = servers.jiraCredentialsFor(server);
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new AbortException(Messages.get("JiraConnection.noCredentials", server.id(), projectId));
        }
        try {
            return new JiraConnection(projectId, JiraClient.of(server, auth(server, credentialsId, run)),
                    servers.jiraProjectKeys());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static JiraAuth auth(JiraServer server, String credentialsId, Run<?, ?> run) throws AbortException {
        String purpose = Messages.get("JiraConnection.purpose", server.id(), server.flavor() == null ? "-"
                : server.flavor().userName());
        try {
            return JiraLogins.auth(server, credentialsId, purpose, new JiraLogins.CredentialLookup() {
                @Override
                public <C extends IdCredentials> C find(String id, Class<C> type, String why) throws AbortException {
                    return PlatformCredentials.require(id, type, run, why);
                }
            });
        } catch (AbortException e) {
            throw e;
        } catch (IOException e) {
            throw new AbortException(e.getMessage());
        }
    }

    JiraClient client() {
        return client;
    }

    String projectId() {
        return projectId;
    }

    List<String> projectKeys() {
        return projectKeys;
    }

    /** The project's JIRA project keys, which {@code jiraKeys} looks for. */
    List<String> searchedProjectKeys() throws AbortException {
        if (projectKeys.isEmpty()) {
            throw new AbortException(Messages.get("JiraConnection.noProjectKeys", projectId));
        }
        return projectKeys;
    }

    /**
     * {@code keys} checked: each an issue key of one of the project's JIRA projects.
     *
     * @throws AbortException naming the field, the key and the JIRA projects allowed
     */
    List<String> own(List<String> keys, String field) throws AbortException {
        List<String> checked = new ArrayList<>();
        for (String key : keys) {
            String stripped = key == null ? null : key.strip();
            try {
                JiraKeys.requireKey(stripped);
            } catch (IllegalArgumentException e) {
                throw new AbortException(Messages.get("JiraConnection.badKey", field, e.getMessage()));
            }
            requireOwnProject(JiraKeys.projectOf(stripped), field, stripped);
            if (!checked.contains(stripped)) {
                checked.add(stripped);
            }
        }
        return checked;
    }

    /** @throws AbortException when {@code jiraProject} is not one of this project's JIRA projects */
    void requireOwnProject(String jiraProject, String field, String value) throws AbortException {
        if (!projectKeys.contains(jiraProject)) {
            throw new AbortException(Messages.get("JiraConnection.foreignKey", field, value, projectId,
                    projectKeys.isEmpty() ? "-" : String.join(", ", projectKeys)));
        }
    }
}
