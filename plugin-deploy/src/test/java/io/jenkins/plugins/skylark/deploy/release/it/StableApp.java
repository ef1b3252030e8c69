package io.jenkins.plugins.skylark.deploy.release.it;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jenkins.plugins.skylark.deploy.release.ReleaseRequest;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.analysis.Placeholders;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficRoutings;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficClient;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.Version;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The stable {@code orders} of one test: Deployment (2 replicas) and Service as {@code platformDeploy} leaves them,
 * and the route users come through (Ingress, HTTPRoute or VirtualService, applied by the user's own tool), plus
 * what the tests read back: what simulated users receive, the router objects, the canary objects left.
 */
final class StableApp {
    static final String APP = "orders";
    static final String CANARY = "orders-canary";
    private static final String USER_TOOL = "kubectl";

    private final ReleaseCluster cluster;
    private final String namespace;
    private final ReleaseTarget target;

    private StableApp(ReleaseCluster cluster, String namespace, RouterKind router) {
        this.cluster = cluster;
        this.namespace = namespace;
        this.target = ReleaseTarget.of(namespace, APP, null, router);
    }

    static StableApp deploy(ReleaseCluster cluster, String namespace, RouterKind router) {
        StableApp app = new StableApp(cluster, namespace, router);
        AppObjects.of(namespace, app.host(), image(1), router).forEach(app::apply);
        app.client().apps().deployments().inNamespace(namespace).withName(APP)
                .waitUntilCondition(d -> d != null && d.getStatus() != null
                        && Integer.valueOf(2).equals(d.getStatus().getReadyReplicas()), 60, TimeUnit.SECONDS);
        return app;
    }

    /** Version {@code n} of the application's image. */
    static String image(int n) {
        return "registry.example/shop/orders@sha256:" + String.valueOf(n).repeat(64);
    }

    ReleaseTarget target() {
        return target;
    }

    String namespace() {
        return namespace;
    }

    String host() {
        return "orders." + namespace + ".example.com";
    }

    Version stable() {
        return new Version(namespace, APP);
    }

    Version canary() {
        return new Version(namespace, CANARY);
    }

    ReleaseRequest request(ReleaseStrategy strategy, String image, Duration scaleDownDelay) {
        return new ReleaseRequest(target, image, null, strategy, List.of(), ReleaseCluster.BUILD, false, null,
                scaleDownDelay);
    }

    /** New simulated users of the application at its host, through the router (each with a fresh round-robin). */
    TrafficClient users() {
        return users(host());
    }

    /** New simulated users calling {@code host} through the router. */
    TrafficClient users(String hostName) {
        return switch (target.router()) {
            case NGINX -> cluster.traffic().viaIngress(namespace, hostName, "/");
            case GATEWAY_API -> cluster.traffic().viaHttpRoute(namespace, hostName, "/");
            case ISTIO -> cluster.traffic().viaVirtualService(namespace, hostName, "/");
            case NONE -> cluster.traffic().viaService(namespace, APP);
        };
    }

    /** The split as the router objects in the cluster say, read by the routers' own code. */
    TrafficWeights readBack() {
        return TrafficRoutings.of(client(), target.router(), line -> { }).read(target);
    }

    /** The route object the users come through (the stable Ingress for NGINX); null without a router. */
    HasMetadata route() {
        return switch (target.router()) {
            case NGINX -> client().network().v1().ingresses().inNamespace(namespace).withName(APP).get();
            case GATEWAY_API -> client().genericKubernetesResources("gateway.networking.k8s.io/v1", "HTTPRoute")
                    .inNamespace(namespace).withName(APP).get();
            case ISTIO -> client().genericKubernetesResources("networking.istio.io/v1", "VirtualService")
                    .inNamespace(namespace).withName(APP).get();
            case NONE -> null;
        };
    }

    /** The route object as JSON (for what another writer added). */
    String readBackJson() {
        return client().getKubernetesSerialization().asJson(route());
    }

    /** Someone else's JSON merge patch of the route ({@code kubectl annotate}, {@code kubectl patch --type merge}). */
    void editRouteAsSomeoneElse(String mergePatch) {
        client().resource(route()).patch(new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE)
                .withFieldManager("someone-else").build(), mergePatch);
    }

    /**
     * What the release left behind: the canary Deployment, Service and Ingress if they exist, and the route if it
     * still names the canary Service. Empty once a release has ended and cleaned up.
     */
    List<String> canaryLeftovers() {
        List<String> left = new ArrayList<>();
        if (client().apps().deployments().inNamespace(namespace).withName(CANARY).get() != null) {
            left.add("Deployment " + CANARY);
        }
        if (client().services().inNamespace(namespace).withName(CANARY).get() != null) {
            left.add("Service " + CANARY);
        }
        if (client().network().v1().ingresses().inNamespace(namespace).withName(CANARY).get() != null) {
            left.add("Ingress " + CANARY);
        }
        HasMetadata route = route();
        if (route != null && client().getKubernetesSerialization().asJson(route).contains(CANARY)) {
            left.add(route.getKind() + " naming " + CANARY);
        }
        return left;
    }

    /** The images of the stable Deployment's ready pods (one entry per pod). */
    List<String> stablePodImages() {
        Deployment stable = client().apps().deployments().inNamespace(namespace).withName(APP).get();
        return client().pods().inNamespace(namespace).withLabels(stable.getSpec().getSelector().getMatchLabels())
                .list().getItems().stream().filter(StableApp::ready)
                .filter(pod -> pod.getMetadata().getLabels().get("skylark.io/release-track") == null)
                .map(pod -> pod.getSpec().getContainers().get(0).getImage()).toList();
    }

    /** Waits until the deleted canary's pods are collected (background cascading deletion, as Kubernetes does). */
    void awaitCanaryPodsGone() {
        await("the canary's pods collected", () -> client().pods().inNamespace(namespace)
                .withLabel("skylark.io/release-track", "canary").list().getItems().isEmpty());
    }

    Deployment deployment(String name) {
        return client().apps().deployments().inNamespace(namespace).withName(name).get();
    }

    /** The placeholder values {@code grayAnalyze} gives analysis queries for this release. */
    Map<String, String> placeholders() {
        return Map.of(Placeholders.APPLICATION, APP, Placeholders.NAMESPACE, namespace, Placeholders.CANARY, CANARY,
                Placeholders.STABLE, APP, Placeholders.CANARY_SERVICE, CANARY, Placeholders.STABLE_SERVICE, APP,
                Placeholders.ROUTE, APP, Placeholders.INGRESS, APP);
    }

    /** Waits (bounded) until {@code condition} holds: cluster changes the engine does not wait for itself. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after 60 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }

    private static boolean ready(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() == null && pod.getStatus() != null
                && pod.getStatus().getConditions().stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private void apply(String yaml) {
        HasMetadata object = client().getKubernetesSerialization().unmarshal(yaml);
        client().resource(object).fieldManager(USER_TOOL).serverSideApply();
    }

    private KubernetesClient client() {
        return cluster.client();
    }
}
