package io.jenkins.plugins.skylark.platform.page;

import io.jenkins.plugins.skylark.platform.Cluster;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.time.Duration;
import java.util.Locale;

/** Reaches a cluster or registry from the controller, with its credential. */
public final class ConnectionTests {
    private final Secrets secrets;
    private final Duration timeout;

    /** The credentials the tests sign in with; the secrets stay in memory. */
    public interface Secrets {
        /**
         * The bearer token of a cluster credential: a secret text, or the token of a kubeconfig's current user.
         *
         * @throws IllegalArgumentException naming the credential when it is missing, of another kind or has no token
         */
        String clusterToken(String credentialsId);

        /**
         * The username and password of a registry credential.
         *
         * @throws IllegalArgumentException naming the credential when it is missing or of another kind
         */
        Login registryLogin(String credentialsId);
    }

    /** A username and password; {@link #toString()} hides the password. */
    public record Login(String username, String password) {
        @Override
        public String toString() {
            return "Login[" + username + "]";
        }
    }

    public ConnectionTests(Secrets secrets, Duration timeout) {
        this.secrets = secrets;
        this.timeout = timeout;
    }

    /** The API server's version, then every namespace projects own on the cluster. */
    public ConnectionResult cluster(Cluster cluster, PlatformModel model, Locale locale) {
        String token;
        try {
            token = cluster.credentialsId() == null ? null : secrets.clusterToken(cluster.credentialsId());
        } catch (IllegalArgumentException e) {
            return ConnectionResult.failed(e.getMessage());
        }
        return new ClusterConnection(new HttpProbe(timeout, locale), locale).test(cluster, token, model);
    }

    /** The registry's {@code /v2/} with its login (and the bearer token its auth realm gives for it). */
    public ConnectionResult registry(ImageRegistry registry, Locale locale) {
        Login login;
        try {
            login = registry.credentialsId() == null ? null : secrets.registryLogin(registry.credentialsId());
        } catch (IllegalArgumentException e) {
            return ConnectionResult.failed(e.getMessage());
        }
        return new RegistryConnection(new HttpProbe(timeout, locale), locale).test(registry, login);
    }
}
