package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.AbortException;
import io.jenkins.plugins.skylark.jira.JiraClient;
import io.jenkins.plugins.skylark.jira.JiraException;
import io.jenkins.plugins.skylark.jira.JiraVersion;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** Releases one version of one of the project's JIRA projects; an already released version is left as it is. */
final class ReleaseVersionExecution extends JiraExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final String version;
    private final String project;

    ReleaseVersionExecution(StepContext context, String version, String project) {
        super(context, JiraReleaseVersionStep.FUNCTION_NAME);
        this.version = version;
        this.project = project;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        if (version == null) {
            throw new AbortException(Messages.get("IssueStep.required", JiraReleaseVersionStep.FUNCTION_NAME,
                    "version"));
        }
        JiraConnection jira = connect();
        String jiraProject = project(jira);
        JiraClient client = jira.client();
        PrintStream log = log();
        try {
            JiraVersion found = client.version(jiraProject, version).orElse(null);
            if (found == null) {
                found = client.createVersion(jiraProject, version);
                log.println(Messages.get("IssueStep.versionCreated", version, jiraProject));
            }
            if (found.released()) {
                log.println(Messages.get("ReleaseVersion.already", version, jiraProject,
                        found.releaseDate() == null ? "-" : found.releaseDate()));
            } else {
                found = client.releaseVersion(jiraProject, found, LocalDate.now());
                log.println(Messages.get("ReleaseVersion.released", version, jiraProject, found.releaseDate()));
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("project", jiraProject);
            result.put("version", found.name());
            result.put("id", found.id());
            result.put("releaseDate", found.releaseDate() == null ? null : found.releaseDate().toString());
            return result;
        } catch (JiraException e) {
            throw failed(e);
        }
    }

    private String project(JiraConnection jira) throws AbortException {
        if (project != null) {
            jira.requireOwnProject(project, "project", project);
            return project;
        }
        if (jira.projectKeys().size() != 1) {
            throw new AbortException(Messages.get("ReleaseVersion.whichProject", jira.projectId(),
                    jira.projectKeys().isEmpty() ? "-" : String.join(", ", jira.projectKeys())));
        }
        return jira.projectKeys().get(0);
    }
}
