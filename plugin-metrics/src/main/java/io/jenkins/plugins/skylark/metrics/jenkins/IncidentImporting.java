package io.jenkins.plugins.skylark.metrics.jenkins;

import io.jenkins.plugins.skylark.jira.JiraAuth;
import io.jenkins.plugins.skylark.jira.JiraClient;
import io.jenkins.plugins.skylark.jira.jenkins.JiraLogins;
import io.jenkins.plugins.skylark.metrics.incidents.IncidentImport;
import io.jenkins.plugins.skylark.metrics.incidents.IncidentSource;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the incident import for one project or all: finds the project's JIRA credential (the project's
 * own, else the server's), builds the client and hands the search to the core. The token goes only into
 * the client's request header; nothing here prints it.
 */
final class IncidentImporting {

    private final MetricsDatabase database;
    private final JiraLogins.CredentialLookup credentials;

    IncidentImporting(MetricsDatabase database, JiraLogins.CredentialLookup credentials) {
        this.database = database;
        this.credentials = credentials;
    }

    /** Imports one configured project. */
    IncidentImport.ImportResult importProject(IncidentSource source, PlatformModel model)
            throws IOException, InterruptedException {
        JiraClient client = JiraClient.of(source.server(), auth(source.server(), credentialsId(model, source)));
        return new IncidentImport(new DeliveryRecorder(database)).run(source, client::search);
    }

    /** Imports every configured project; a project that fails is logged and the others still run. */
    List<IncidentImport.ImportResult> importAll(PlatformModel model, Consumer<String> log) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        List<IncidentImport.ImportResult> results = new ArrayList<>();
        for (IncidentSource source : IncidentSource.of(model, problems)) {
            try {
                IncidentImport.ImportResult result = importProject(source, model);
                results.add(result);
                log.accept(result.summary());
            } catch (IOException | RuntimeException e) {
                log.accept(Messages.get("IncidentImport.failed", source.projectId(), e.getMessage()));
            }
        }
        problems.forEach(log);
        return results;
    }

    private static String credentialsId(PlatformModel model, IncidentSource source) throws IOException {
        Project project = model.project(source.projectId()).orElseThrow();
        String id = project.servers().jiraCredentialsFor(source.server());
        if (id == null || id.isBlank()) {
            throw new IOException(Messages.get("IncidentImport.noCredentials", source.server().id(), source.projectId()));
        }
        return id;
    }

    private JiraAuth auth(JiraServer server, String credentialsId) throws IOException {
        return JiraLogins.auth(server, credentialsId, Messages.get("IncidentImport.purpose", server.id()), credentials);
    }
}
