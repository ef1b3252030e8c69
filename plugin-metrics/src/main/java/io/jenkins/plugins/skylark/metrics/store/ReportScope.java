package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a viewer's report covers: events of the given projects (and, when asked, events recorded
 * without a project, which only administrators may see), of an application and environment as in
 * {@link MetricsScope} ({@code *} for all; no environment means {@value MetricsScope#DEFAULT_ENVIRONMENT}).
 *
 * @param projects          project names whose events count; may be empty
 * @param includeUnassigned whether events recorded without a project count too
 * @param application       an application name or {@code *}
 * @param environment       an environment name or {@code *}
 */
public record ReportScope(Set<String> projects, boolean includeUnassigned, String application, String environment) {

    public ReportScope {
        if (projects == null) {
            throw new IllegalArgumentException("ReportScope.projects must not be null");
        }
        projects = Set.copyOf(new TreeSet<>(projects));
        MetricsScope normalised = new MetricsScope(application, environment);
        application = normalised.application();
        environment = normalised.environment();
    }

    /** The application and environment part, as the engine takes it. */
    public MetricsScope metricsScope() {
        return new MetricsScope(application, environment);
    }

    /** Whether an event recorded for {@code project} ({@code null}: none) is in scope. */
    public boolean covers(String project) {
        return project == null ? includeUnassigned : projects.contains(project);
    }

    /** Projects in name order, as SQL binds them. */
    TreeSet<String> sortedProjects() {
        return new TreeSet<>(projects);
    }
}
