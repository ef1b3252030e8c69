package io.jenkins.plugins.skylark.platform;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of Jenkins credentials a platform object's credentials id may name: what each field accepts
 * ({@link #CLUSTER}, {@link #REGISTRY}, {@link #CHANNEL}, {@link #PROMETHEUS}, {@link #SONAR_TOKEN},
 * {@link #WEBHOOK_SECRET}, {@link #jira(JiraFlavor)}, {@link #ROBOT_ACCOUNT}) is decided here, the Jenkins types
 * they stand for at the edge.
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
    /** A SonarQube token (server's or project's own): secret text. */
    public static final Set<CredentialKind> SONAR_TOKEN = Set.of(SECRET_TEXT);
    /** The secret SonarQube signs its webhooks with, or Harbor's webhook auth header: secret text. */
    public static final Set<CredentialKind> WEBHOOK_SECRET = Set.of(SECRET_TEXT);
    /** JIRA Cloud: e-mail address and API token, as username with password. */
    public static final Set<CredentialKind> JIRA_CLOUD = Set.of(USERNAME_PASSWORD);
    /** JIRA Data Center: a personal access token, as secret text. */
    public static final Set<CredentialKind> JIRA_DATA_CENTER = Set.of(SECRET_TEXT);
    /** JIRA whose flavor the form does not know yet: either of the two. */
    public static final Set<CredentialKind> JIRA_ANY = Set.of(SECRET_TEXT, USERNAME_PASSWORD);
    /** A Harbor robot account pushing into a project's registry project: username with password. */
    public static final Set<CredentialKind> ROBOT_ACCOUNT = Set.of(USERNAME_PASSWORD);

    private final String messageKey;

    CredentialKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** What a JIRA server of {@code flavor} authenticates with; {@link #JIRA_ANY} when the flavor is unknown. */
    public static Set<CredentialKind> jira(JiraFlavor flavor) {
        if (flavor == null) {
            return JIRA_ANY;
        }
        return flavor == JiraFlavor.CLOUD ? JIRA_CLOUD : JIRA_DATA_CENTER;
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
