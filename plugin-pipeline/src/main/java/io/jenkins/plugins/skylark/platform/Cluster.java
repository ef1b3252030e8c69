package io.jenkins.plugins.skylark.platform;

import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes cluster the platform deploys to. Values are checked by {@link PlatformValidator}, not
 * here, so that a configuration form can hold (and report on) invalid input.
 *
 * @param id DNS-1123 label, unique among clusters
 * @param displayName shown to users; optional (the id is shown instead)
 * @param apiUrl API server URL, {@code https://…} (or {@code http://…} for local test clusters)
 * @param caCertificatePem PEM of the CA that signed the API server certificate; optional (system trust)
 * @param skipTlsVerify turn certificate checks off; default off, never together with a CA
 * @param credentialsId Jenkins credentials id of a token (secret text) or a kubeconfig (secret file)
 * @param labels free labels such as {@code region}; Kubernetes label syntax
 * @param trafficRouters the routers the cluster offers; empty means replica-ratio canaries only
 */
public record Cluster(
        String id,
        String displayName,
        String apiUrl,
        String caCertificatePem,
        boolean skipTlsVerify,
        String credentialsId,
        Map<String, String> labels,
        Set<TrafficRouter> trafficRouters) {

    public Cluster {
        labels = Collections2.map(labels, "labels");
        trafficRouters = Collections2.enumSet(trafficRouters, TrafficRouter.class, "trafficRouters");
    }

    /** The display name, or the id when none is set. */
    public String label() {
        return displayName == null || displayName.isBlank() ? id : displayName;
    }

    public boolean offers(TrafficRouter router) {
        return trafficRouters.contains(router);
    }
}
