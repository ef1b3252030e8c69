package io.jenkins.plugins.skylark.template.catalogue.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.security.ACL;
import io.jenkins.plugins.skylark.template.catalogue.GitLogin;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** A catalogue's credential, from Jenkins' global credentials, as a {@link GitLogin} held in memory only. */
final class GitLogins {
    private GitLogins() {
    }

    /** @throws IllegalArgumentException when there is no such credential or Git cannot sign in with its kind */
    static GitLogin of(String credentialsId) {
        List<StandardCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class,
                Jenkins.get(), ACL.SYSTEM2, List.of());
        StandardCredentials credential = CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(credentialsId));
        if (credential instanceof StandardUsernamePasswordCredentials login) {
            return new GitLogin(login.getUsername(), login.getPassword().getPlainText());
        }
        if (credential instanceof StringCredentials token) {
            return GitLogin.token(token.getSecret().getPlainText());
        }
        throw new IllegalArgumentException(credential == null
                ? "no global credential has the id \"" + credentialsId + "\""
                : "credential \"" + credentialsId + "\" is neither username with password nor secret text");
    }
}
