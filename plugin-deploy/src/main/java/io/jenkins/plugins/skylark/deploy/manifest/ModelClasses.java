package io.jenkins.plugins.skylark.deploy.manifest;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fabric8 model class of a common built-in kind, found by name. Asking fabric8's serialization for
 * {@link KubernetesResource} instead makes it load every model class it knows (about 600, most of them kinds no
 * manifest here uses) on the first object of a fresh JVM, the first deploy on a new agent. A class is used only if
 * its own {@code @Group}, {@code @Version} and {@code @Kind} say exactly {@code apiVersion} and {@code kind};
 * anything else is left to fabric8's full lookup, so the answer is the same either way.
 */
final class ModelClasses {
    /** API group to the package of its model classes, for the groups most manifests use. */
    private static final Map<String, String> PACKAGES = Map.of(
            "v1", "io.fabric8.kubernetes.api.model",
            "apps/v1", "io.fabric8.kubernetes.api.model.apps",
            "batch/v1", "io.fabric8.kubernetes.api.model.batch.v1",
            "networking.k8s.io/v1", "io.fabric8.kubernetes.api.model.networking.v1",
            "rbac.authorization.k8s.io/v1", "io.fabric8.kubernetes.api.model.rbac",
            "policy/v1", "io.fabric8.kubernetes.api.model.policy.v1",
            "autoscaling/v2", "io.fabric8.kubernetes.api.model.autoscaling.v2");
    private static final Map<String, Optional<Class<? extends HasMetadata>>> FOUND = new ConcurrentHashMap<>();

    private ModelClasses() {
    }

    static Optional<Class<? extends HasMetadata>> of(String apiVersion, String kind) {
        String packageName = PACKAGES.get(apiVersion);
        if (packageName == null || kind.isEmpty() || !Character.isUpperCase(kind.charAt(0)) || kind.endsWith("List")) {
            return Optional.empty();
        }
        return FOUND.computeIfAbsent(apiVersion + "#" + kind, key -> find(packageName + "." + kind, apiVersion, kind));
    }

    private static Optional<Class<? extends HasMetadata>> find(String className, String apiVersion, String kind) {
        try {
            Class<?> type = Class.forName(className, false, HasMetadata.class.getClassLoader());
            if (!HasMetadata.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
                return Optional.empty();
            }
            Class<? extends HasMetadata> model = type.asSubclass(HasMetadata.class);
            return apiVersion.equals(HasMetadata.getApiVersion(model)) && kind.equals(HasMetadata.getKind(model))
                    ? Optional.of(model) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
