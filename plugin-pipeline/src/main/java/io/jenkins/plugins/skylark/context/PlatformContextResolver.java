package io.jenkins.plugins.skylark.context;

import io.jenkins.plugins.skylark.platform.Cluster;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.NamespaceBinding;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.tenancy.TenancyPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves {@code withPlatform(project:, environment:)} against a (valid) model.
 *
 * <p>With an environment: its cluster, namespace and traffic router. Without: the project's namespace
 * when it owns exactly one; when it owns several, the namespace stays {@code null}, and so does the
 * cluster unless all of them are on one cluster (then that cluster is resolved, so cluster-wide steps
 * still know where to go). The registry is always the project's default registry, if any.
 */
public final class PlatformContextResolver {

    private PlatformContextResolver() {
    }

    /**
     * @param environmentIdOrNull {@code null} or blank for project scope only
     * @throws IllegalArgumentException naming the unknown project or environment (default locale)
     */
    public static ResolvedPlatformContext resolve(PlatformModel model, String projectId, String environmentIdOrNull) {
        return resolve(model, projectId, environmentIdOrNull, Locale.getDefault());
    }

    /** {@link #resolve(PlatformModel, String, String)} with messages in {@code locale}. */
    public static ResolvedPlatformContext resolve(PlatformModel model, String projectId, String environmentIdOrNull,
                                                  Locale locale) {
        Project project = model.project(projectId).orElseThrow(() -> new IllegalArgumentException(Messages.get(
                locale, "resolve.unknownProject", projectId, list(model.projects().stream().map(Project::id), locale))));
        Optional<Environment> environment = environment(model, project, environmentIdOrNull, locale);
        Optional<NamespaceBinding> placement = environment
                .map(env -> new NamespaceBinding(env.clusterId(), env.namespace()))
                .or(() -> projectPlacement(project));
        Optional<Cluster> cluster = placement.flatMap(binding -> model.cluster(binding.clusterId()));
        Optional<ImageRegistry> registry = Optional.ofNullable(project.defaultRegistryId()).flatMap(model::registry);
        return new ResolvedPlatformContext(
                project.id(),
                environment.map(Environment::id).orElse(null),
                cluster.map(Cluster::id).orElse(null),
                cluster.map(Cluster::apiUrl).orElse(null),
                cluster.map(Cluster::caCertificatePem).orElse(null),
                cluster.map(Cluster::skipTlsVerify).orElse(false),
                placement.map(NamespaceBinding::namespace).orElse(null),
                cluster.map(Cluster::credentialsId).orElse(null),
                environment.map(Environment::trafficRouter).orElse(null),
                registry.map(ImageRegistry::id).orElse(null),
                registry.map(ImageRegistry::url).orElse(null),
                registry.map(ImageRegistry::credentialsId).orElse(null),
                registry.map(ImageRegistry::insecure).orElse(false),
                registry.map(ImageRegistry::kind).orElse(null),
                registry.isPresent() ? project.registryProject() : null);
    }

    /** {@link #resolveForJob(PlatformModel, String, List, String, String, Locale)} in the default locale. */
    public static ResolvedPlatformContext resolveForJob(PlatformModel model, String jobFullName,
                                                        List<FolderBinding> foldersInnermostFirst, String projectId,
                                                        String environmentIdOrNull) {
        return resolveForJob(model, jobFullName, foldersInnermostFirst, projectId, environmentIdOrNull,
                Locale.getDefault());
    }

    /**
     * What {@code withPlatform} does: the tenancy check, then {@link #resolve}.
     *
     * @throws io.jenkins.plugins.skylark.tenancy.TenancyViolationException when the job's folders do not
     *     grant the project
     */
    public static ResolvedPlatformContext resolveForJob(PlatformModel model, String jobFullName,
                                                        List<FolderBinding> foldersInnermostFirst, String projectId,
                                                        String environmentIdOrNull, Locale locale) {
        TenancyPolicy.check(jobFullName, foldersInnermostFirst, projectId, model, locale);
        return resolve(model, projectId, environmentIdOrNull, locale);
    }

    private static Optional<Environment> environment(PlatformModel model, Project project, String environmentId,
                                                     Locale locale) {
        if (environmentId == null || environmentId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(model.environment(project.id(), environmentId).orElseThrow(() ->
                new IllegalArgumentException(Messages.get(locale, "resolve.unknownEnvironment", environmentId,
                        project.id(), list(model.environments(project.id()).stream().map(Environment::id), locale)))));
    }

    /** The single namespace, or only the cluster (namespace {@code null}) when all are on one cluster. */
    private static Optional<NamespaceBinding> projectPlacement(Project project) {
        List<NamespaceBinding> bindings = project.namespaces();
        if (bindings.size() == 1) {
            return Optional.of(bindings.get(0));
        }
        List<String> clusters = bindings.stream().map(NamespaceBinding::clusterId).distinct().toList();
        return clusters.size() == 1 ? Optional.of(new NamespaceBinding(clusters.get(0), null)) : Optional.empty();
    }

    private static String list(java.util.stream.Stream<String> ids, Locale locale) {
        String joined = ids.collect(Collectors.joining(", "));
        return joined.isEmpty() ? Messages.get(locale, "none") : joined;
    }
}
