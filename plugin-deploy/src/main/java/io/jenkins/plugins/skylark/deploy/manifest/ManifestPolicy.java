package io.jenkins.plugins.skylark.deploy.manifest;

import java.io.Serializable;
import java.util.Set;

/**
 * What an environment lets manifests touch: its own {@code namespace}, plus any namespaces and
 * cluster-scoped kinds the platform model explicitly allows.
 */
public record ManifestPolicy(String namespace, Set<String> allowedNamespaces, Set<String> allowedClusterKinds)
        implements Serializable {

    public ManifestPolicy {
        if (namespace == null || namespace.isBlank()) {
            throw new IllegalArgumentException("deploy target field 'namespace' must not be empty");
        }
        allowedNamespaces = allowedNamespaces == null ? Set.of() : Set.copyOf(allowedNamespaces);
        allowedClusterKinds = allowedClusterKinds == null ? Set.of() : Set.copyOf(allowedClusterKinds);
    }

    boolean allowsNamespace(String candidate) {
        return candidate == null || candidate.equals(namespace) || allowedNamespaces.contains(candidate);
    }
}
