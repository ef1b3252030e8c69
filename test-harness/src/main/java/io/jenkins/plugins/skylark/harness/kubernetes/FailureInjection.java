package io.jenkins.plugins.skylark.harness.kubernetes;

import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficFault;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which pods the fake cluster makes fail, and how. A rule names a container image (exact reference, e.g.
 * {@code registry/app@sha256:bad}, or a repository prefix ending in {@code *}) or a workload (Deployment,
 * StatefulSet or DaemonSet name, optionally in one namespace). Rules act on running pods at once, and
 * removing a rule lets pods recover, like a fixed registry or a fixed dependency would. Exposure rules make the
 * simulated ingress controller or Gateway API implementation fail to program an Ingress or HTTPRoute. Traffic rules
 * ({@link #onTraffic}, {@link #onImageTraffic}) set the error rate and latency of the requests the traffic simulator
 * sends to a version; they leave the pods alone.
 */
public final class FailureInjection {

    private final Map<String, RolloutFailure> byImage = new ConcurrentHashMap<>();
    private final Map<String, RolloutFailure> byWorkload = new ConcurrentHashMap<>();
    private final Set<String> silentIngressClasses = ConcurrentHashMap.newKeySet();
    private final Map<String, RouteFailure> byRoute = new ConcurrentHashMap<>();
    private final Map<String, TrafficFault> trafficByImage = new ConcurrentHashMap<>();
    private final Map<String, TrafficFault> trafficByWorkload = new ConcurrentHashMap<>();

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

    /** The ingress controller of this IngressClass never assigns an address (Ingresses stay without status). */
    public FailureInjection onIngressClass(String className) {
        silentIngressClasses.add(Objects.requireNonNull(className, "className"));
        return this;
    }

    /** HTTPRoutes with this name (in any namespace) fail in the given way. */
    public FailureInjection onRoute(String name, RouteFailure failure) {
        byRoute.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(failure, "failure"));
        return this;
    }

    /** The HTTPRoute {@code namespace/name} fails in the given way. */
    public FailureInjection onRoute(String namespace, String name, RouteFailure failure) {
        return onRoute(namespace + "/" + name, failure);
    }

    /**
     * Requests the traffic simulator sends to pods of workload {@code namespace/name} (its version) get this
     * fault; a workload rule beats an image rule.
     */
    public FailureInjection onTraffic(String namespace, String workload, TrafficFault fault) {
        trafficByWorkload.put(Objects.requireNonNull(namespace, "namespace") + "/"
                + Objects.requireNonNull(workload, "workload"), Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Requests the traffic simulator sends to pods running this image ({@code repo/app*}: any tag) get this fault. */
    public FailureInjection onImageTraffic(String image, TrafficFault fault) {
        trafficByImage.put(Objects.requireNonNull(image, "image"), Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Removes the rules for an image, workload or route name ({@code name} or {@code namespace/name}) or an
     * IngressClass name.
     */
    public FailureInjection clear(String key) {
        trafficByImage.remove(key);
        trafficByWorkload.remove(key);
        byImage.remove(key);
        byWorkload.remove(key);
        silentIngressClasses.remove(key);
        byRoute.remove(key);
        return this;
    }

    /** Removes all rules. */
    public FailureInjection clearAll() {
        trafficByImage.clear();
        trafficByWorkload.clear();
        byImage.clear();
        byWorkload.clear();
        silentIngressClasses.clear();
        byRoute.clear();
        return this;
    }

    /** Whether any pod or exposure rule is set (while one is, the cluster is never left alone as settled). */
    public boolean hasRules() {
        return !byImage.isEmpty() || !byWorkload.isEmpty() || !silentIngressClasses.isEmpty() || !byRoute.isEmpty();
    }

    /** Whether the ingress controller of this class is made to assign no address. */
    public boolean silencesIngressClass(String className) {
        return silentIngressClasses.contains(className);
    }

    /** The failure of HTTPRoute {@code namespace/name}, if a rule names it. */
    public Optional<RouteFailure> forRoute(String namespace, String name) {
        return Optional.ofNullable(byRoute.getOrDefault(namespace + "/" + name, byRoute.get(name)));
    }

    /** The failure of a container, if a rule matches its image or its pod's workload. */
    public Optional<RolloutFailure> forContainer(String image, String namespace, String workload) {
        RolloutFailure w = workload == null ? null
                : byWorkload.getOrDefault(namespace + "/" + workload, byWorkload.get(workload));
        if (w != null) {
            return Optional.of(w);
        }
        return byImage(byImage, image);
    }

    /** The traffic fault of a pod of {@code namespace/workload} running these images, if a rule matches. */
    public Optional<TrafficFault> forTraffic(List<String> images, String namespace, String workload) {
        TrafficFault w = trafficByWorkload.get(namespace + "/" + workload);
        return w != null ? Optional.of(w)
                : images.stream().map(i -> byImage(trafficByImage, i)).flatMap(Optional::stream).findFirst();
    }

    private static <T> Optional<T> byImage(Map<String, T> rules, String image) {
        T exact = rules.get(image);
        if (exact != null) {
            return Optional.of(exact);
        }
        return rules.entrySet().stream()
                .filter(e -> e.getKey().endsWith("*") && image.startsWith(e.getKey().substring(0,
                        e.getKey().length() - 1)))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The first failure among a pod's container images. */
    public Optional<RolloutFailure> forPod(List<String> images, String namespace, String workload) {
        return images.stream().map(i -> forContainer(i, namespace, workload)).flatMap(Optional::stream).findFirst();
    }
}
