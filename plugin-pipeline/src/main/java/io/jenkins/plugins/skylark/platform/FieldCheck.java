package io.jenkins.plugins.skylark.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** The registry kinds a form offers, as written in configuration ({@code harbor}, {@code oci}). */
    public static List<String> registryKinds() {
        return Arrays.stream(RegistryKind.values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList();
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
