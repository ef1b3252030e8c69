package io.jenkins.plugins.skylark.context;

import io.jenkins.plugins.skylark.platform.RegistryKind;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a step inside {@code withPlatform} needs about its project, environment, cluster and
 * registry, as strings, booleans and enums only, so it can be stored in a Pipeline program and sent to
 * agents. It holds credentials ids, never secrets. Any field but {@code projectId} may be {@code null}:
 * no environment, no single cluster/namespace (see {@link PlatformContextResolver}), no registry.
 */
public record ResolvedPlatformContext(
        String projectId,
        String environmentId,
        String clusterId,
        String apiUrl,
        String caCertificatePem,
        boolean skipTlsVerify,
        String namespace,
        String credentialsId,
        TrafficRouter trafficRouter,
        String registryId,
        String registryUrl,
        String registryCredentialsId,
        boolean registryInsecure,
        RegistryKind registryKind,
        String registryProject) implements Serializable {

    public static final String PLATFORM_PROJECT = "PLATFORM_PROJECT";
    public static final String PLATFORM_ENVIRONMENT = "PLATFORM_ENVIRONMENT";
    public static final String PLATFORM_CLUSTER = "PLATFORM_CLUSTER";
    public static final String PLATFORM_NAMESPACE = "PLATFORM_NAMESPACE";

    /** The variables {@code withPlatform} exports; a missing value is the empty string. */
    public Map<String, String> toEnvironment() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(PLATFORM_PROJECT, projectId);
        variables.put(PLATFORM_ENVIRONMENT, orEmpty(environmentId));
        variables.put(PLATFORM_CLUSTER, orEmpty(clusterId));
        variables.put(PLATFORM_NAMESPACE, orEmpty(namespace));
        return Map.copyOf(variables);
    }

    public boolean hasEnvironment() {
        return environmentId != null;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Short form for logs: the CA certificate is left out. */
    @Override
    public String toString() {
        return "ResolvedPlatformContext[project=" + projectId + ", environment=" + environmentId
                + ", cluster=" + clusterId + ", namespace=" + namespace + ", registry=" + registryId + "]";
    }
}
