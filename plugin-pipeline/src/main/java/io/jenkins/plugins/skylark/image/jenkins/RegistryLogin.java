package io.jenkins.plugins.skylark.image.jenkins;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.image.RegistryCredentials;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import java.util.Arrays;

/** The push credential (username/password), looked up in the build's context, as the engine takes it. */
final class RegistryLogin {
    private RegistryLogin() {
    }

    /**
     * @param credentialsId the registry's or the project's robot account ({@code HarborAccess.credentialsId})
     * @return {@code null} when there is no credentials id (anonymous push)
     * @throws AbortException when the id is unknown to the build or not a username/password credential
     */
    static RegistryCredentials of(ImageRegistry registry, String credentialsId, Run<?, ?> run) throws AbortException {
        if (credentialsId == null) {
            return null;
        }
        StandardUsernamePasswordCredentials credential = PlatformCredentials.require(credentialsId,
                StandardUsernamePasswordCredentials.class, run, "PlatformCredentials.registryPurpose", registry.id());
        char[] password = credential.getPassword().getPlainText().toCharArray();
        try {
            return new RegistryCredentials(credential.getUsername(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
