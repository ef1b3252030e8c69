package io.jenkins.plugins.skylark.metrics.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import io.jenkins.plugins.skylark.jira.jenkins.JiraLogins;
import java.io.IOException;

/** Credentials of the global scope, for imports that run outside a build. */
enum JenkinsFacadeCredentials implements JiraLogins.CredentialLookup {
    INSTANCE;

    @Override
    public <C extends IdCredentials> C find(String id, Class<C> type, String purpose) throws IOException {
        C credential = JenkinsFacade.globalCredential(id, type);
        if (credential == null) {
            throw new IOException(Messages.get("IncidentImport.credentialMissing", id, purpose));
        }
        return credential;
    }
}
