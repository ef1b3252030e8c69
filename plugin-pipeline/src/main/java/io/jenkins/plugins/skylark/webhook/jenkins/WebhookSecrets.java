package io.jenkins.plugins.skylark.webhook.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.security.ACL;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * A server's webhook secret: a global secret-text credential named in the platform configuration. Looked
 * up as the system (a webhook comes without a user), only among global credentials (a folder's credential
 * cannot authenticate a server configured for the whole controller).
 */
public final class WebhookSecrets {
    private WebhookSecrets() {
    }

    public static Optional<String> secretText(String credentialsId) {
        if (credentialsId == null || credentialsId.isBlank()) {
            return Optional.empty();
        }
        List<StringCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(StringCredentials.class,
                Jenkins.get(), ACL.SYSTEM2, List.of());
        StringCredentials found = CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(credentialsId));
        return Optional.ofNullable(found).map(c -> c.getSecret().getPlainText());
    }
}
