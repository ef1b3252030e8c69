package io.jenkins.plugins.skylark.context.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Looks credentials up by id in the context of the build ({@code findCredentialById}), so folder
 * credentials and usage tracking work. Errors name the id, never a secret.
 */
public final class PlatformCredentials {
    private PlatformCredentials() {
    }

    /**
     * The credential of the context's cluster: a token ({@link StringCredentials}) or a kubeconfig
     * ({@link FileCredentials}).
     *
     * @throws AbortException when the id is missing, unknown to this build or of another type
     */
    public static IdCredentials cluster(ResolvedPlatformContext context, Run<?, ?> run) throws AbortException {
        String id = context.credentialsId();
        if (id == null) {
            throw new AbortException(Messages.get("PlatformCredentials.noClusterCredentials", context.projectId()));
        }
        IdCredentials token = CredentialsProvider.findCredentialById(id, StringCredentials.class, run);
        IdCredentials credential = token != null ? token
                : CredentialsProvider.findCredentialById(id, FileCredentials.class, run);
        if (credential == null) {
            throw new AbortException(missingOrWrongType(id,
                    Messages.get("PlatformCredentials.clusterPurpose", context.clusterId()), run));
        }
        return credential;
    }

    /**
     * The credential with {@code id} and {@code type} visible to the build.
     *
     * @param purpose what the credential is for, already localised (e.g. "the registry 'harbor'")
     * @throws AbortException when unknown to this build or of another type
     */
    public static <C extends IdCredentials> C require(String id, Class<C> type, Run<?, ?> run, String purpose)
            throws AbortException {
        C credential = CredentialsProvider.findCredentialById(id, type, run);
        if (credential == null) {
            throw new AbortException(missingOrWrongType(id, purpose, run));
        }
        return credential;
    }

    /**
     * As {@link #require(String, Class, Run, String)}, the purpose being this package's message
     * {@code purposeKey} about {@code subject} (e.g. {@code PlatformCredentials.registryPurpose}, "harbor").
     */
    public static <C extends IdCredentials> C require(String id, Class<C> type, Run<?, ?> run, String purposeKey,
            String subject) throws AbortException {
        return require(id, type, run, Messages.get(purposeKey, subject));
    }

    private static String missingOrWrongType(String id, String purpose, Run<?, ?> run) {
        boolean exists = CredentialsProvider.findCredentialById(id, IdCredentials.class, run) != null;
        return Messages.get(exists ? "PlatformCredentials.wrongType" : "PlatformCredentials.notFound", id, purpose,
                run.getParent().getFullName());
    }
}
