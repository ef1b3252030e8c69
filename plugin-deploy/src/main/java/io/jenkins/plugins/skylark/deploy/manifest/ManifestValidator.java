package io.jenkins.plugins.skylark.deploy.manifest;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses objects aimed at another namespace, cluster-scoped kinds the policy does not allow, kinds
 * the cluster does not serve, and the same object written twice.
 */
public final class ManifestValidator {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ManifestValidator.class);

    private final ManifestPolicy policy;
    private final KindScopes scopes;

    public ManifestValidator(ManifestPolicy policy, KindScopes scopes) {
        this.policy = policy;
        this.scopes = scopes;
    }

    public List<String> problems(List<LoadedObject> objects) {
        List<String> problems = new ArrayList<>();
        Map<String, LoadedObject> seen = new HashMap<>();
        for (LoadedObject loaded : objects) {
            check(loaded).ifPresent(problems::add);
            LoadedObject first = seen.putIfAbsent(identity(loaded.object()), loaded);
            if (first != null) {
                problems.add(TEXT.format("object.duplicate", loaded.location(), loaded.displayName(), first.location()));
            }
        }
        return problems;
    }

    private Optional<String> check(LoadedObject loaded) {
        HasMetadata object = loaded.object();
        Optional<Boolean> namespaced = namespaced(object);
        if (namespaced.isEmpty()) {
            return Optional.of(TEXT.format("kind.unknown", loaded.location(), object.getKind(), object.getApiVersion()));
        }
        if (!namespaced.get()) {
            return policy.allowedClusterKinds().contains(object.getKind()) ? Optional.empty()
                    : Optional.of(clusterScoped(loaded));
        }
        String namespace = object.getMetadata().getNamespace();
        return policy.allowsNamespace(namespace) ? Optional.empty()
                : Optional.of(TEXT.format("namespace.foreign", loaded.location(), loaded.displayName(), namespace,
                        policy.namespace()));
    }

    private Optional<Boolean> namespaced(HasMetadata object) {
        if (object instanceof GenericKubernetesResource) {
            return scopes.isNamespaced(object.getApiVersion(), object.getKind());
        }
        return Optional.of(object instanceof Namespaced);
    }

    private String identity(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return object.getApiVersion() + "/" + object.getKind() + "/" + (namespace == null ? policy.namespace() : namespace)
                + "/" + object.getMetadata().getName();
    }

    private String clusterScoped(LoadedObject loaded) {
        String joined = String.join(", ", policy.allowedClusterKinds());
        return joined.isEmpty() ? TEXT.format("kind.clusterScoped.none", loaded.location(), loaded.displayName())
                : TEXT.format("kind.clusterScoped", loaded.location(), loaded.displayName(), joined);
    }
}
