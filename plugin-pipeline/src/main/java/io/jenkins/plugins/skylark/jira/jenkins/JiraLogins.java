package io.jenkins.plugins.skylark.jira.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.jira.JiraAuth;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import java.io.IOException;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * How a JIRA server's flavor signs in, from a Jenkins credential: Cloud with a username/password credential
 * (e-mail address and API token), Data Center with a secret text (personal access token). Shared by the
 * JIRA steps (credentials of the build's context) and the incident import (global ones, outside a build).
 */
public final class JiraLogins {

    /** Finds a credential by id and type, or throws naming it and {@code purpose}. */
    public interface CredentialLookup {
        <C extends IdCredentials> C find(String id, Class<C> type, String purpose) throws IOException;
    }

    private JiraLogins() {
    }

    public static JiraAuth auth(JiraServer server, String credentialsId, String purpose, CredentialLookup credentials)
            throws IOException {
        if (server.flavor() == JiraFlavor.CLOUD) {
            StandardUsernamePasswordCredentials login =
                    credentials.find(credentialsId, StandardUsernamePasswordCredentials.class, purpose);
            return JiraAuth.cloud(login.getUsername(), login.getPassword().getPlainText());
        }
        StringCredentials token = credentials.find(credentialsId, StringCredentials.class, purpose);
        return JiraAuth.dataCenter(token.getSecret().getPlainText());
    }
}
