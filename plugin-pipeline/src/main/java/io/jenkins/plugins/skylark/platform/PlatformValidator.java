package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Locale;

/**
 * Checks a whole {@link PlatformModel} and reports every problem, each naming the object and field.
 *
 * <p>Rules: required fields; ids, namespaces and container names are DNS-1123 labels, workload names
 * DNS-1123 subdomains; cluster, registry and project ids are unique, environment and application ids
 * unique within their project; every reference resolves; API URLs are {@code http(s)} URLs without
 * user information; registry URLs are {@code host[:port]} or {@code http(s)://host[:port]} (plain
 * {@code http} only with {@code insecure}); a CA certificate is PEM X.509 and never combined with
 * skip-TLS; no namespace is owned by two projects; an environment's namespace is one its project owns
 * on that cluster, its order unique in the project, its router offered by the cluster, and a protected
 * environment names an approver; image repositories lie in the project's registry project; manifests
 * paths stay inside the workspace; an environment's exposure is consistent with its route kind and its
 * default domain gives valid hosts, and four eyes is only set on a protected environment; a notification
 * channel's id is unique in its project, its project and environment resolve, it has the credentials and
 * recipients its kind needs and no others; the allowed route annotations are well-formed keys or
 * {@code prefix/*}; an environment's release settings are consistent ({@link ReleaseRules}) and a project's
 * named analyses follow the release file's rules with names unique per project ({@link AnalysisRules});
 * SonarQube and JIRA servers are valid ({@link ServerRules}), the servers a project names exist and its own
 * credentials need them ({@link ProjectServerRules}), Harbor-only registry settings are on Harbor registries,
 * build settings keep artefacts in the workspace and SonarQube keys valid ({@link BuildSettingsRules}), and
 * environments update JIRA issues only in projects with a JIRA server.
 */
public final class PlatformValidator {

    private PlatformValidator() {
    }

    /** Every problem of {@code model}, messages in the JVM default locale; empty when valid. */
    public static List<ValidationProblem> validate(PlatformModel model) {
        return validate(model, Locale.getDefault());
    }

    /** Every problem of {@code model}, messages in {@code locale}; empty when valid. */
    public static List<ValidationProblem> validate(PlatformModel model, Locale locale) {
        Problems problems = new Problems(locale);
        ClusterRules.check(model, problems);
        RegistryRules.check(model, problems);
        ServerRules.check(model, problems);
        ProjectRules.check(model, problems);
        EnvironmentRules.check(model, problems);
        ApplicationRules.check(model, problems);
        ChannelRules.check(model, problems);
        AnalysisRules.check(model, problems);
        ExposeAnnotationRules.check(model, problems);
        return problems.list();
    }

    /**
     * Returns {@code model} when valid.
     *
     * @throws InvalidPlatformModelException listing every problem
     */
    public static PlatformModel requireValid(PlatformModel model) {
        return requireValid(model, Locale.getDefault());
    }

    /** {@link #requireValid(PlatformModel)} with messages in {@code locale}. */
    public static PlatformModel requireValid(PlatformModel model, Locale locale) {
        List<ValidationProblem> problems = validate(model, locale);
        if (!problems.isEmpty()) {
            throw new InvalidPlatformModelException(problems, locale);
        }
        return model;
    }
}
