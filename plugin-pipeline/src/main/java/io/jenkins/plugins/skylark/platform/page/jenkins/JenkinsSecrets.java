package io.jenkins.plugins.skylark.platform.page.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.security.ACL;
import io.jenkins.plugins.skylark.platform.page.ConnectionTests;
import io.jenkins.plugins.skylark.platform.page.KubeconfigToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The global credentials a connection test signs in with, looked up as the system (the page is for
 * administrators, and the platform's clusters and registries are configured for the whole controller).
 */
final class JenkinsSecrets implements ConnectionTests.Secrets {
    private final Locale locale;

    JenkinsSecrets(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String clusterToken(String credentialsId) {
        StandardCredentials credential = find(credentialsId);
        if (credential instanceof StringCredentials token) {
            return token.getSecret().getPlainText();
        }
        if (credential instanceof FileCredentials file) {
            return KubeconfigToken.of(content(file)).orElseThrow(() -> new IllegalArgumentException(
                    Messages.get(locale, "secrets.kubeconfigWithoutToken", credentialsId)));
        }
        throw wrongKind(credentialsId);
    }

    @Override
    public ConnectionTests.Login registryLogin(String credentialsId) {
        if (find(credentialsId) instanceof StandardUsernamePasswordCredentials login) {
            return new ConnectionTests.Login(login.getUsername(), login.getPassword().getPlainText());
        }
        throw wrongKind(credentialsId);
    }

    private StandardCredentials find(String credentialsId) {
        List<StandardCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class,
                Jenkins.get(), ACL.SYSTEM2, List.of());
        StandardCredentials found = CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(credentialsId));
        if (found == null) {
            throw new IllegalArgumentException(Messages.get(locale, "secrets.missing", credentialsId));
        }
        return found;
    }

    private IllegalArgumentException wrongKind(String credentialsId) {
        return new IllegalArgumentException(Messages.get(locale, "secrets.wrongKind", credentialsId));
    }

    private static String content(FileCredentials file) {
        try (InputStream content = file.getContent()) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
