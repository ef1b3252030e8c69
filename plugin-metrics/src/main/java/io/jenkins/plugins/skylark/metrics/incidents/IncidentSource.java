package io.jenkins.plugins.skylark.metrics.incidents;

import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where one Skylark project's incidents come from: its JIRA server, the JQL selecting incident issues,
 * its applications and its production environment (the environment with the highest order: the last
 * stage of the project's delivery).
 *
 * @param projectId    the Skylark project
 * @param server       its JIRA server
 * @param jql          {@code servers().incidentJql()}
 * @param applications the project's application ids, in configuration order
 * @param production   the id of the project's environment with the highest order
 */
public record IncidentSource(String projectId, JiraServer server, String jql, List<String> applications,
                             String production) {

    public IncidentSource {
        applications = List.copyOf(applications);
    }

    /** The host of the JIRA site, part of every imported event's idempotency key. */
    public String siteHost() {
        String host = URI.create(server.url().trim()).getHost();
        return host == null ? server.url().trim() : host;
    }

    /**
     * The sources of every project that names a JIRA server and an incident JQL. A project that does
     * but cannot be imported (server unknown, no environment, no application) is named in {@code problems}.
     */
    public static List<IncidentSource> of(PlatformModel model, List<String> problems) {
        List<IncidentSource> sources = new ArrayList<>();
        for (Project project : model.projects()) {
            of(model, project.id()).ifPresentOrElse(sources::add, () -> {
                String problem = problem(model, project);
                if (problem != null) {
                    problems.add(problem);
                }
            });
        }
        return sources;
    }

    /** The source of one project, empty when it is not configured for the import or cannot be imported. */
    public static Optional<IncidentSource> of(PlatformModel model, String projectId) {
        Optional<Project> project = model.project(projectId);
        if (project.isEmpty() || problem(model, project.get()) != null || !configured(project.get())) {
            return Optional.empty();
        }
        List<Environment> environments = model.environments(projectId);
        return Optional.of(new IncidentSource(projectId, model.jiraServer(project.get().servers().jiraServerId()).get(),
                project.get().servers().incidentJql().trim(),
                model.applications(projectId).stream().map(Application::id).toList(),
                environments.get(environments.size() - 1).id()));
    }

    /** Why a configured project cannot be imported, or {@code null} (also when it is not configured). */
    static String problem(PlatformModel model, Project project) {
        if (!configured(project)) {
            return null;
        }
        if (model.jiraServer(project.servers().jiraServerId()).isEmpty()) {
            return IncidentMessages.format("source.unknownServer", project.id(), project.servers().jiraServerId());
        }
        if (model.environments(project.id()).isEmpty()) {
            return IncidentMessages.format("source.noEnvironment", project.id());
        }
        if (model.applications(project.id()).isEmpty()) {
            return IncidentMessages.format("source.noApplication", project.id());
        }
        return null;
    }

    private static boolean configured(Project project) {
        return !blank(project.servers().jiraServerId()) && !blank(project.servers().incidentJql());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
