package io.jenkins.plugins.skylark.deploy.cluster;

import java.io.Serializable;

/**
 * Connection facts for one cluster. Either {@code token} or {@code kubeconfig} (its content, not a
 * path) carries the credential; {@code apiUrl} and {@code caPem} override what a kubeconfig says.
 * {@link #toString()} never shows the credential.
 */
public record ClusterAccess(String apiUrl, String caPem, boolean skipTlsVerify, String token, String kubeconfig)
        implements Serializable {

    public ClusterAccess {
        if (isBlank(apiUrl) && isBlank(kubeconfig)) {
            throw new IllegalArgumentException("cluster access needs 'apiUrl' or 'kubeconfig'");
        }
    }

    /** Bearer-token access. */
    public static ClusterAccess withToken(String apiUrl, String caPem, boolean skipTlsVerify, String token) {
        return new ClusterAccess(apiUrl, caPem, skipTlsVerify, token, null);
    }

    /** Kubeconfig access (content in memory). */
    public static ClusterAccess withKubeconfig(String kubeconfig) {
        return new ClusterAccess(null, null, false, null, kubeconfig);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "ClusterAccess[apiUrl=" + apiUrl + ", skipTlsVerify=" + skipTlsVerify
                + ", credential=" + (isBlank(token) ? isBlank(kubeconfig) ? "none" : "kubeconfig" : "token") + "]";
    }
}
