package io.jenkins.plugins.skylark.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The whole platform configuration, immutable. Environment and application ids are unique per
 * project, so those lookups take the project id too. Lookups return the first match, which only
 * matters for a model that {@link PlatformValidator} would reject.
 */
public record PlatformModel(
        List<Cluster> clusters,
        List<ImageRegistry> registries,
        List<Project> projects,
        List<Environment> environments,
        List<Application> applications,
        List<NotificationChannel> channels,
        List<String> exposeAnnotations,
        List<ProjectAnalysis> analyses,
        List<SonarServer> sonarServers,
        List<JiraServer> jiraServers) {

    private static final PlatformModel EMPTY = new PlatformModel(null, null, null, null, null);

    public PlatformModel {
        clusters = Collections2.list(clusters, "clusters");
        registries = Collections2.list(registries, "registries");
        projects = Collections2.list(projects, "projects");
        environments = Collections2.list(environments, "environments");
        applications = Collections2.list(applications, "applications");
        channels = Collections2.list(channels, "channels");
        exposeAnnotations = Collections2.list(exposeAnnotations, "exposeAnnotations");
        analyses = Collections2.list(analyses, "analyses");
        sonarServers = Collections2.list(sonarServers, "sonarServers");
        jiraServers = Collections2.list(jiraServers, "jiraServers");
    }

    /** A model without SonarQube or JIRA servers. */
    public PlatformModel(List<Cluster> clusters, List<ImageRegistry> registries, List<Project> projects,
            List<Environment> environments, List<Application> applications, List<NotificationChannel> channels,
            List<String> exposeAnnotations, List<ProjectAnalysis> analyses) {
        this(clusters, registries, projects, environments, applications, channels, exposeAnnotations, analyses,
                null, null);
    }

    /** A model without project analyses. */
    public PlatformModel(List<Cluster> clusters, List<ImageRegistry> registries, List<Project> projects,
            List<Environment> environments, List<Application> applications, List<NotificationChannel> channels,
            List<String> exposeAnnotations) {
        this(clusters, registries, projects, environments, applications, channels, exposeAnnotations, null, null,
                null);
    }

    /** A model without notification channels and without extra route annotations allowed. */
    public PlatformModel(List<Cluster> clusters, List<ImageRegistry> registries, List<Project> projects,
            List<Environment> environments, List<Application> applications) {
        this(clusters, registries, projects, environments, applications, null, null, null, null, null);
    }

    /** A model with nothing configured: every tenancy check and resolution fails. */
    public static PlatformModel empty() {
        return EMPTY;
    }

    public Optional<Cluster> cluster(String id) {
        return first(clusters, cluster -> cluster.id() != null && cluster.id().equals(id));
    }

    public Optional<ImageRegistry> registry(String id) {
        return first(registries, registry -> registry.id() != null && registry.id().equals(id));
    }

    public Optional<SonarServer> sonarServer(String id) {
        return first(sonarServers, server -> server.id() != null && server.id().equals(id));
    }

    public Optional<JiraServer> jiraServer(String id) {
        return first(jiraServers, server -> server.id() != null && server.id().equals(id));
    }

    public Optional<Project> project(String id) {
        return first(projects, project -> project.id() != null && project.id().equals(id));
    }

    public Optional<Environment> environment(String projectId, String environmentId) {
        return first(environments, environment -> environment.id() != null
                && environment.id().equals(environmentId) && inProject(environment.projectId(), projectId));
    }

    public Optional<Application> application(String projectId, String applicationId) {
        return first(applications, application -> application.id() != null
                && application.id().equals(applicationId) && inProject(application.projectId(), projectId));
    }

    public Optional<NotificationChannel> channel(String projectId, String channelId) {
        return first(channels, channel -> channel.id() != null
                && channel.id().equals(channelId) && inProject(channel.projectId(), projectId));
    }

    /** The project's channels that cover {@code environmentId} ({@code null}: project-wide ones only). */
    public List<NotificationChannel> channels(String projectId, String environmentId) {
        return channels.stream()
                .filter(channel -> inProject(channel.projectId(), projectId) && channel.covers(environmentId))
                .toList();
    }

    /** The project's named analyses in configuration order. */
    public List<ProjectAnalysis> analyses(String projectId) {
        return analyses.stream().filter(analysis -> inProject(analysis.projectId(), projectId)).toList();
    }

    /** The project's analysis of that name (which replaces a built-in one of the same name). */
    public Optional<ProjectAnalysis> analysis(String projectId, String name) {
        return first(analyses, analysis -> analysis.name() != null && analysis.name().equals(name)
                && inProject(analysis.projectId(), projectId));
    }

    /** The project's environments, lowest {@code order} first. */
    public List<Environment> environments(String projectId) {
        return environments.stream()
                .filter(environment -> inProject(environment.projectId(), projectId))
                .sorted(Comparator.comparingInt(Environment::order))
                .toList();
    }

    /** The project's applications in configuration order. */
    public List<Application> applications(String projectId) {
        return applications.stream().filter(application -> inProject(application.projectId(), projectId)).toList();
    }

    private static boolean inProject(String ownerId, String projectId) {
        return ownerId != null && ownerId.equals(projectId);
    }

    private static <T> Optional<T> first(List<T> values, Predicate<T> matches) {
        return values.stream().filter(matches).findFirst();
    }
}
