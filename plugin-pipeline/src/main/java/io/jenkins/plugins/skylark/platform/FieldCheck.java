package io.jenkins.plugins.skylark.platform;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.release.AnalysisErrorPolicy;
import io.jenkins.plugins.skylark.release.Durations;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One form field checked on its own while the user types, with the same rules and messages as the
 * validation of the whole platform ({@link PlatformValidator}), which still decides on save. Empty when the
 * value is fine, otherwise the problem in {@code locale}.
 */
public final class FieldCheck {
    private FieldCheck() {
    }

    /** An object id (cluster, registry, project, environment, application): a DNS-1123 label. */
    public static Optional<String> id(String value, Locale locale) {
        return first(locale, subject -> subject.label("id", value, "id.invalid"));
    }

    /** A Kubernetes namespace name: a DNS-1123 label. */
    public static Optional<String> namespace(String value, Locale locale) {
        return first(locale, subject -> subject.label("namespace", value, "namespace.invalid"));
    }

    /** A cluster's API server URL: absolute {@code https://} (or {@code http://}) URL without user info. */
    public static Optional<String> apiUrl(String value, Locale locale) {
        return first(locale, subject -> {
            if (subject.required("apiUrl", value)) {
                Addresses.checkHttpUrl(subject, "apiUrl", value);
            }
        });
    }

    /** A registry address (host[:port] or URL without path); plain HTTP only when {@code insecure}. */
    public static Optional<String> registryUrl(String value, boolean insecure, Locale locale) {
        return first(locale, subject -> {
            if (subject.required("url", value)) {
                Addresses.checkRegistryUrl(subject, "url", value, insecure);
            }
        });
    }

    /**
     * A credentials id against what the form's context holds. A problem is only a warning: a build looks
     * the id up in its own folder, where credentials this context does not see may live.
     *
     * @param found the kinds of the credential with this id in the context; {@code null} when there is none
     * @param accepted the kinds the field accepts
     * @param required whether the field must name a credential
     */
    public static Optional<String> credentialsId(String value, Set<CredentialKind> found, Set<CredentialKind> accepted,
            boolean required, Locale locale) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of(Messages.get(locale, "required")) : Optional.empty();
        }
        if (found == null) {
            return Optional.of(Messages.get(locale, "credentials.notFound", value));
        }
        if (found.stream().noneMatch(accepted::contains)) {
            return Optional.of(Messages.get(locale, "credentials.wrongKind", value, CredentialKind.labels(accepted, locale)));
        }
        return Optional.empty();
    }

    /** An IngressClass name (optional): a DNS-1123 subdomain. */
    public static Optional<String> ingressClass(String value, Locale locale) {
        return first(locale, subject -> ExposureRules.ingressClass(subject, "", value));
    }

    /** A Gateway's name: a DNS-1123 label, required when the route kind is {@code gateway}. */
    public static Optional<String> gatewayName(String value, boolean required, Locale locale) {
        return first(locale, subject -> {
            if (required || !ObjectIds.isBlank(value)) {
                subject.label("", value, "gatewayName.invalid");
            }
        });
    }

    /** A Gateway's namespace (optional): a DNS-1123 label. */
    public static Optional<String> gatewayNamespace(String value, Locale locale) {
        return first(locale, subject -> ExposureRules.gatewayNamespace(subject, "", value));
    }

    /** A default domain (optional): a DNS name without wildcard; the host length is checked on save. */
    public static Optional<String> domain(String value, Locale locale) {
        return first(locale, subject -> {
            if (!ObjectIds.isBlank(value)) {
                ExposureRules.domainSyntax(subject, "", value.strip());
            }
        });
    }

    /** Four eyes needs a protected environment. */
    public static Optional<String> fourEyes(boolean fourEyes, boolean protectedEnvironment, Locale locale) {
        return fourEyes && !protectedEnvironment ? Optional.of(Messages.get(locale, "fourEyes.unprotected"))
                : Optional.empty();
    }

    /**
     * The syntax of a channel's credentials id (present): refuses what looks like a pasted webhook URL
     * without repeating it. Whether the credential exists is {@link #credentialsId}'s question.
     */
    public static Optional<String> channelCredentialsId(String value, Locale locale) {
        return first(locale, subject -> {
            if (!ObjectIds.isBlank(value)) {
                ChannelRules.plausibleCredentialsId(subject, "", value.strip());
            }
        });
    }

    /** An email channel's recipients: at least one valid address, none twice. */
    public static Optional<String> recipients(List<String> recipients, Locale locale) {
        return first(locale, subject -> ChannelRules.emailRecipients(subject, recipients));
    }

    /** The administrator's allowed route annotations: keys or {@code prefix/*}, each once. */
    public static Optional<String> exposeAnnotations(List<String> entries, Locale locale) {
        return first(locale, subject -> ExposeAnnotationRules.entries(subject, entries));
    }

    /** An environment's default release policy (optional): the release file's format; every problem, with lines. */
    public static Optional<String> releasePolicy(String value, Locale locale) {
        Problems problems = new Problems(locale);
        ReleaseRules.policy(locale, problems.about("", ""), value);
        List<ValidationProblem> found = problems.list();
        return found.isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n", found.stream().map(ValidationProblem::message).toList()));
    }

    /** The Prometheus URL of an environment (optional): an {@code http(s)} URL without user information. */
    public static Optional<String> prometheusUrl(String value, Locale locale) {
        return first(locale, subject -> {
            if (!ObjectIds.isBlank(value)) {
                Addresses.checkHttpUrl(subject, "", value);
            }
        });
    }

    /** The syntax of Prometheus' credentials id (optional); whether it exists is {@link #credentialsId}'s question. */
    public static Optional<String> prometheusCredentialsId(String value, Locale locale) {
        return credentialsIdSyntax(value, locale);
    }

    /**
     * The syntax of an optional credentials id: a pasted URL (a token in it, perhaps) is refused without being
     * repeated. Whether the credential exists is {@link #credentialsId}'s question.
     */
    public static Optional<String> credentialsIdSyntax(String value, Locale locale) {
        return first(locale, subject -> ServerRules.optionalCredentialsId(subject, "", value));
    }

    /** A SonarQube or JIRA server's base URL: required, {@code http(s)} with a host, no user information. */
    public static Optional<String> serverUrl(String value, Locale locale) {
        return first(locale, subject -> ServerRules.serverUrl(subject, "", value));
    }

    /**
     * One field of a project's servers ({@code sonarCredentialsId}, {@code jiraProjectKeys}, …) with the others
     * the form holds. The servers it names are taken to exist (the form may name ones not saved yet), and so is
     * the project's registry (another part of the form): the save checks both.
     */
    public static Optional<String> projectServersField(ProjectServers servers, String field, Locale locale) {
        Problems problems = new Problems(locale);
        PlatformModel model = new PlatformModel(null, null, null, null, null, null, null, null,
                ObjectIds.isBlank(servers.sonarServerId()) ? null
                        : List.of(new SonarServer(servers.sonarServerId(), null, null, null)),
                ObjectIds.isBlank(servers.jiraServerId()) ? null
                        : List.of(new JiraServer(servers.jiraServerId(), null, null, null)));
        Project project = new Project("", null, null, null, "registry", null, servers);
        ProjectServerRules.check(model, problems.about("", ""), project);
        String prefix = "servers." + field;
        return problems.list().stream()
                .filter(problem -> problem.field().equals(prefix) || problem.field().startsWith(prefix + "["))
                .findFirst().map(ValidationProblem::message);
    }

    /**
     * A Harbor-only registry setting ({@code createProjects}, {@code webhookSecretId}) with the registry's
     * kind and credentials as the form holds them; an unknown kind is the kind field's problem.
     */
    public static Optional<String> registryHarborField(String field, String kind, String credentialsId,
            boolean createProjects, String webhookSecretId, Locale locale) {
        RegistryKind parsed = Arrays.stream(RegistryKind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind == null ? "" : kind.strip())).findFirst().orElse(null);
        ImageRegistry registry = new ImageRegistry("", "", credentialsId, parsed, false, createProjects,
                webhookSecretId);
        Problems problems = new Problems(locale);
        RegistryRules.checkHarborSettings(problems.about("", ""), registry);
        return problems.list().stream().filter(problem -> problem.field().equals(field)).findFirst()
                .map(ValidationProblem::message);
    }

    /** An application's artefact glob (optional): relative Ant-style patterns separated by commas. */
    public static Optional<String> artifacts(String value, Locale locale) {
        return first(locale, subject -> {
            if (!ObjectIds.isBlank(value)) {
                BuildSettingsRules.artifacts(subject, "", value);
            }
        });
    }

    /** An application's SonarQube project key (optional), as SonarQube accepts keys. */
    public static Optional<String> sonarProjectKey(String value, Locale locale) {
        return first(locale, subject -> {
            if (!ObjectIds.isBlank(value)) {
                BuildSettingsRules.sonarProjectKey(subject, "", value.strip());
            }
        });
    }

    /** The name of the route releases change (optional): a Kubernetes object name. */
    public static Optional<String> releaseRoute(String value, Locale locale) {
        return first(locale, subject -> {
            if (!ObjectIds.isBlank(value) && !KubernetesNames.isSubdomain(value.strip())) {
                subject.add("", "name.invalid", value.strip());
            }
        });
    }

    /** A scale-down delay (optional): {@code 30s}, {@code 5m}, {@code 1h30m}. */
    public static Optional<String> scaleDownDelay(String value, Locale locale) {
        return ObjectIds.isBlank(value) || Durations.parse(value).isPresent() ? Optional.empty()
                : Optional.of(Messages.get(locale, "release.delay.invalid", value.strip()));
    }

    /**
     * One field of a project analysis, checked with the others the form holds ({@code values}, the release
     * file's keys): the problem of {@code field} only, so each field shows its own.
     */
    public static Optional<String> analysisField(Map<String, String> values, String field, Locale locale) {
        Problems problems = new Problems(locale);
        ProjectAnalysis analysis = new ProjectAnalysis("", values.get("name"), values.get("query"),
                values.get("sampleQuery"), values.get("successCondition"), values.get("interval"), values.get("count"),
                values.get("failureLimit"), values.get("inconclusiveLimit"), values.get("minSampleSize"),
                values.get("onError"));
        AnalysisRules.definition(problems.about("", ""), analysis, problems);
        return problems.list().stream().filter(problem -> problem.field().equals(field)).findFirst()
                .map(ValidationProblem::message);
    }

    /** What a project analysis may conclude on Prometheus errors ({@code inconclusive}, {@code fail}). */
    public static List<String> analysisErrorPolicies() {
        return Arrays.stream(AnalysisErrorPolicy.values()).map(AnalysisErrorPolicy::userName).toList();
    }

    /** The route kinds a form offers ({@code ingress}, {@code gateway}). */
    public static List<String> routeKinds() {
        return Arrays.stream(RouteKind.values()).map(RouteKind::userName).toList();
    }

    /** The channel kinds a form offers ({@code dingtalk}, {@code wecom}, …). */
    public static List<String> channelKinds() {
        return Arrays.stream(ChannelKind.values()).map(ChannelKind::userName).toList();
    }

    /** The delivery events a channel can subscribe to, as written in configuration ({@code deploy-failed}, …). */
    public static List<String> deliveryEvents() {
        return Arrays.stream(DeliveryEventType.values()).map(DeliveryEventType::userName).toList();
    }

    /** The registry kinds a form offers, as written in configuration ({@code harbor}, {@code oci}). */
    public static List<String> registryKinds() {
        return Arrays.stream(RegistryKind.values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The build tools a form offers, as written in configuration ({@code maven}, {@code gradle}, …). */
    public static List<String> buildTools() {
        return Arrays.stream(BuildTool.values()).map(BuildTool::userName).toList();
    }

    /** The JIRA flavors a form offers, as written in configuration ({@code cloud}, {@code data-center}). */
    public static List<String> jiraFlavors() {
        return Arrays.stream(JiraFlavor.values()).map(JiraFlavor::userName).toList();
    }

    /** The traffic routers a form offers, as written in configuration ({@code nginx}, …). */
    public static List<String> trafficRouters() {
        return Arrays.stream(TrafficRouter.values()).map(TrafficRouter::userName).toList();
    }

    /** The localised word for "none", for an optional choice left empty. */
    public static String none(Locale locale) {
        return Messages.get(locale, "none");
    }

    private static Optional<String> first(Locale locale, Consumer<Problems.Subject> check) {
        Problems problems = new Problems(locale);
        check.accept(problems.about("", ""));
        return problems.list().stream().findFirst().map(ValidationProblem::message);
    }
}
