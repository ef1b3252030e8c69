package io.jenkins.plugins.skylark.platform;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of Jenkins credentials a platform object's credentials id may name: what each field accepts
 * ({@link #CLUSTER}, {@link #REGISTRY}, {@link #CHANNEL}, {@link #PROMETHEUS}) is decided here, the Jenkins types they stand for at the edge.
 */
public enum CredentialKind {
    SECRET_TEXT("credentialKind.secretText"),
    SECRET_FILE("credentialKind.secretFile"),
    USERNAME_PASSWORD("credentialKind.usernamePassword");

    /** A cluster's API: a token (secret text) or a kubeconfig (secret file). */
    public static final Set<CredentialKind> CLUSTER = Set.of(SECRET_TEXT, SECRET_FILE);
    /** A registry: username with password. */
    public static final Set<CredentialKind> REGISTRY = Set.of(USERNAME_PASSWORD);
    /** A notification channel's webhook URL or signing secret: secret text. */
    public static final Set<CredentialKind> CHANNEL = Set.of(SECRET_TEXT);
    /** Prometheus: a bearer token (secret text) or basic authentication (username with password). */
    public static final Set<CredentialKind> PROMETHEUS = Set.of(SECRET_TEXT, USERNAME_PASSWORD);

    private final String messageKey;

    CredentialKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The kind's name as the credentials page shows it, in {@code locale}. */
    public String label(Locale locale) {
        return Messages.get(locale, messageKey);
    }

    /** {@code kinds} in declaration order, joined with a localised "or". */
    static String labels(Set<CredentialKind> kinds, Locale locale) {
        return kinds.stream().sorted().map(kind -> kind.label(locale))
                .collect(Collectors.joining(Messages.get(locale, "credentialKind.or")));
    }
}
