package io.jenkins.plugins.skylark.deploy.bench;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gray release benchmark's cluster: one fake with an NGINX ingress controller, a Gateway and Istio's CRDs, and per
 * router a namespace holding the stable {@code orders} Deployment, its Service and its route, written by the user's
 * own field manager as {@code kubectl apply --server-side} would. Also what a user's script patches to move the
 * weight by hand, and a watch on the route objects of a namespace.
 */
final class GrayBenchCluster implements AutoCloseable {
    static final String APP = "orders";
    private static final String USER = "kubectl";
    private static final String HTTP_ROUTE = "gateway.networking.k8s.io/v1";
    private static final String ISTIO = "networking.istio.io/v1";

    final FakeKubernetes fake;
    private final KubernetesClient client;

    GrayBenchCluster(List<RouterKind> kinds, Duration writeLatency, int stableReplicas) {
        fake = FakeKubernetes.builder().speed(50).writeLatency(writeLatency).ingressController("nginx", "10.0.0.10")
                .gateway("infra", "public", "fake-gateway", "10.0.0.20").istio()
                .namespaces(kinds.stream().map(GrayBenchCluster::namespace).toArray(String[]::new)).start();
        client = fake.client();
        for (RouterKind kind : kinds) {
            deployStable(kind, stableReplicas);
        }
    }

    static String namespace(RouterKind kind) {
        return "bench-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ReleaseTarget target(RouterKind kind) {
        return ReleaseTarget.of(namespace(kind), APP, null, kind);
    }

    private void deployStable(RouterKind kind, int replicas) {
        String ns = namespace(kind);
        apply("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders, namespace: %s}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: orders}}
                  template:
                    metadata: {labels: {app: orders}}
                    spec: {containers: [{name: app, image: "registry.example/shop/orders:0"}]}
                """.formatted(ns, replicas));
        apply("""
                apiVersion: v1
                kind: Service
                metadata: {name: orders, namespace: %s}
                spec: {selector: {app: orders}, ports: [{name: http, port: 80, targetPort: 8080}]}
                """.formatted(ns));
        String route = switch (kind) {
            case NGINX -> """
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata: {name: orders, namespace: %s}
                    spec:
                      ingressClassName: nginx
                      rules:
                      - host: orders.example.com
                        http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: orders, port: {number: 80}}}}]}
                    """;
            case GATEWAY_API -> """
                    apiVersion: gateway.networking.k8s.io/v1
                    kind: HTTPRoute
                    metadata: {name: orders, namespace: %s}
                    spec:
                      parentRefs: [{name: public, namespace: infra}]
                      hostnames: [orders.example.com]
                      rules: [{backendRefs: [{name: orders, port: 80}]}]
                    """;
            case ISTIO -> """
                    apiVersion: networking.istio.io/v1
                    kind: VirtualService
                    metadata: {name: orders, namespace: %s}
                    spec:
                      hosts: [orders.example.com]
                      http: [{name: main, route: [{destination: {host: orders, port: {number: 80}}}]}]
                    """;
            case NONE -> throw new IllegalArgumentException("the benchmark needs a router");
        };
        apply(route.formatted(ns));
        awaitReady(ns, replicas);
    }

    private void apply(String yaml) {
        HasMetadata object = client.getKubernetesSerialization().unmarshal(yaml);
        client.resource(object).fieldManager(USER).serverSideApply();
    }

    private void awaitReady(String ns, int replicas) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            Deployment stable = client.apps().deployments().inNamespace(ns).withName(APP).get();
            Integer ready = stable.getStatus() == null ? null : stable.getStatus().getReadyReplicas();
            if (ready != null && ready == replicas) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stable Deployment in " + ns + " did not become ready");
            }
            sleep(20);
        }
    }

    /**
     * The {@code kubectl patch} arguments that set the canary's weight to {@code percent}: the canary Ingress's
     * weight annotation for NGINX; for a route edited in place, a JSON patch of each weight of the stable and canary
     * backends as the release prepared them (read once here, as a script's author reads the route once).
     */
    String[] patchArguments(RouterKind kind, int percent) {
        String ns = namespace(kind);
        if (kind == RouterKind.NGINX) {
            return new String[] {"-n", ns, "patch", "ingress", APP + "-canary", "--type", "merge", "-p",
                    "{\"metadata\":{\"annotations\":{\"nginx.ingress.kubernetes.io/canary-weight\":\"" + percent + "\"}}}"};
        }
        boolean gateway = kind == RouterKind.GATEWAY_API;
        GenericKubernetesResource route = client.genericKubernetesResources(gateway ? HTTP_ROUTE : ISTIO,
                gateway ? "HTTPRoute" : "VirtualService").inNamespace(ns).withName(APP).get();
        List<String> ops = new ArrayList<>();
        List<Map<String, Object>> rules = list(map(route.getAdditionalProperties().get("spec")), gateway ? "rules" : "http");
        for (int r = 0; r < rules.size(); r++) {
            List<Map<String, Object>> backends = list(rules.get(r), gateway ? "backendRefs" : "route");
            for (int b = 0; b < backends.size(); b++) {
                Object name = gateway ? backends.get(b).get("name") : map(backends.get(b).get("destination")).get("host");
                Integer weight = weightOf(String.valueOf(name), percent);
                if (weight != null) {
                    ops.add("{\"op\":\"add\",\"path\":\"/spec/%s/%d/%s/%d/weight\",\"value\":%d}".formatted(
                            gateway ? "rules" : "http", r, gateway ? "backendRefs" : "route", b, weight));
                }
            }
        }
        return new String[] {"-n", ns, "patch", gateway ? "httproutes.gateway.networking.k8s.io"
                : "virtualservices.networking.istio.io", APP, "--type", "json", "-p", "[" + String.join(",", ops) + "]"};
    }

    private static Integer weightOf(String backend, int percent) {
        String host = backend.split("\\.", 2)[0];
        return host.equals(APP + "-canary") ? Integer.valueOf(percent) : host.equals(APP) ? Integer.valueOf(100 - percent) : null;
    }

    /** Watches the route objects of {@code kind}'s namespace; {@code onChange} runs on every event. */
    Watch watchRoutes(KubernetesClient watcher, RouterKind kind, Runnable onChange) {
        String ns = namespace(kind);
        return switch (kind) {
            case NGINX -> watcher.network().v1().ingresses().inNamespace(ns).watch(new Changes<>(onChange));
            case GATEWAY_API -> watcher.genericKubernetesResources(HTTP_ROUTE, "HTTPRoute").inNamespace(ns)
                    .watch(new Changes<>(onChange));
            case ISTIO -> watcher.genericKubernetesResources(ISTIO, "VirtualService").inNamespace(ns)
                    .watch(new Changes<>(onChange));
            case NONE -> throw new IllegalArgumentException("the benchmark needs a router");
        };
    }

    /**
     * After kubectl's round on NGINX: its merge patches made kubectl a co-owner of the weight annotation, so the
     * release's server-side apply (without force) would now conflict; the abort writes the Ingress anew.
     */
    void deleteCanaryIngress(RouterKind kind) {
        if (kind == RouterKind.NGINX) {
            client.network().v1().ingresses().inNamespace(namespace(kind)).withName(APP + "-canary").delete();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @Override
    public void close() {
        fake.close();
    }

    /** A watcher that only says that something changed. */
    private static final class Changes<T> implements Watcher<T> {
        private final Runnable onChange;

        Changes(Runnable onChange) {
            this.onChange = onChange;
        }

        @Override
        public void eventReceived(Action action, T resource) {
            onChange.run();
        }

        @Override
        public void onClose(WatcherException cause) {
            // the benchmark closes its watches itself; a broken one shows as a round that never sees stable
        }
    }
}
