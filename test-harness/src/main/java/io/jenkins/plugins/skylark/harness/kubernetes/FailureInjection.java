package io.jenkins.plugins.skylark.harness.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which pods the fake cluster makes fail, and how. A rule names a container image (exact reference, e.g.
 * {@code registry/app@sha256:bad}, or a repository prefix ending in {@code *}) or a workload (Deployment,
 * StatefulSet or DaemonSet name, optionally in one namespace). Rules act on running pods at once, and
 * removing a rule lets pods recover, like a fixed registry or a fixed dependency would.
 */
public final class FailureInjection {

    private final Map<String, RolloutFailure> byImage = new ConcurrentHashMap<>();
    private final Map<String, RolloutFailure> byWorkload = new ConcurrentHashMap<>();

    /** Pods running this image fail in the given way ({@code repo/app*} matches every tag and digest). */
    public FailureInjection onImage(String image, RolloutFailure failure) {
        byImage.put(Objects.requireNonNull(image, "image"), Objects.requireNonNull(failure, "failure"));
        return this;
    }

    /** Pods of the workload with this name (in any namespace) fail in the given way. */
    public FailureInjection onWorkload(String name, RolloutFailure failure) {
        byWorkload.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(failure, "failure"));
        return this;
    }

    /** Pods of the workload {@code namespace/name} fail in the given way. */
    public FailureInjection onWorkload(String namespace, String name, RolloutFailure failure) {
        return onWorkload(namespace + "/" + name, failure);
    }

    /** Removes the rules for an image or workload name ({@code name} or {@code namespace/name}). */
    public FailureInjection clear(String imageOrWorkload) {
        byImage.remove(imageOrWorkload);
        byWorkload.remove(imageOrWorkload);
        return this;
    }

    /** Removes all rules. */
    public FailureInjection clearAll() {
        byImage.clear();
        byWorkload.clear();
        return this;
    }

    /** Whether any rule is set (while one is, the cluster is never left alone as settled). */
    public boolean hasRules() {
        return !byImage.isEmpty() || !byWorkload.isEmpty();
    }

    /** The failure of a container, if a rule matches its image or its pod's workload. */
    public Optional<RolloutFailure> forContainer(String image, String namespace, String workload) {
        RolloutFailure w = workload == null ? null
                : byWorkload.getOrDefault(namespace + "/" + workload, byWorkload.get(workload));
        if (w != null) {
            return Optional.of(w);
        }
        RolloutFailure exact = byImage.get(image);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byImage.entrySet().stream()
                .filter(e -> e.getKey().endsWith("*") && image.startsWith(e.getKey().substring(0,
                        e.getKey().length() - 1)))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The first failure among a pod's container images. */
    public Optional<RolloutFailure> forPod(List<String> images, String namespace, String workload) {
        return images.stream().map(i -> forContainer(i, namespace, workload)).flatMap(Optional::stream).findFirst();
    }
}
