package io.jenkins.plugins.skylark.deploy.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.model.Run;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The cluster access of a {@code withPlatform} context, with its credential looked up for the build: a
 * token (secret text) or a kubeconfig (secret file, whose API URL and CA the platform model overrides).
 * The secret stays in memory: it is never written to a file, the environment or a command line.
 */
public final class ClusterLogins {
    private ClusterLogins() {
    }

    public static ClusterAccess access(ResolvedPlatformContext context, Run<?, ?> run) throws IOException {
        IdCredentials credential = PlatformCredentials.cluster(context, run);
        if (credential instanceof StringCredentials token) {
            return ClusterAccess.withToken(context.apiUrl(), context.caCertificatePem(), context.skipTlsVerify(),
                    token.getSecret().getPlainText());
        }
        try (InputStream content = ((FileCredentials) credential).getContent()) {
            return new ClusterAccess(context.apiUrl(), context.caCertificatePem(), context.skipTlsVerify(), null,
                    new String(content.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
