package io.jenkins.plugins.skylark.deploy.release.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficClient;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficSimulator;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.Version;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What users get: the traffic simulator reads the router objects as ingress-nginx, a Gateway API implementation,
 * Istio and a plain Service would, so each router's weights and matches are checked by where requests land.
 */
class RoutersThroughTrafficTest {
    private static final String HOST = "orders.example.com";
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: %s, namespace: %s}
            spec:
              replicas: %d
              selector: {matchLabels: {app: %s, track: %s}}
              template:
                metadata: {labels: {app: %s, track: %s}}
                spec: {containers: [{name: app, image: registry.example/orders:%s}]}
            """;
    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: %s, namespace: %s}
            spec: {selector: {app: %s}, ports: [{name: http, port: 80, targetPort: 8080}]}
            """;
    private static FakeKubernetes cluster;
    private static KubernetesClient client;
    private static TrafficSimulator traffic;

    @BeforeAll
    static void start() {
        cluster = FakeKubernetes.builder().speed(50).namespaces("nginx", "gateway", "mesh", "plain")
                .defaultIngressController("nginx", "203.0.113.10").gatewayApi().istio().trafficSimulator().start();
        client = cluster.client();
        traffic = cluster.traffic();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void nginxCanaryIngressSplitsAndRoutesHeadersAndCookies() {
        String ns = "nginx";
        workloads(ns, "orders-canary");
        RouterFixtures.apply(client, """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: orders, namespace: nginx}
                spec:
                  rules:
                  - host: orders.example.com
                    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: orders, port: {number: 80}}}}]}
                """);
        checkWeightsAndHeader(RouterKind.NGINX, ns, (n, host) -> traffic.viaIngress(n, host, "/"), "always");
        checkCookie(RouterKind.NGINX, ns, traffic.viaIngress(ns, HOST, "/").cookie("session", "42"),
                traffic.viaIngress(ns, HOST, "/").cookie("session", "42").cookie("canary", "always"));
    }

    @Test
    void gatewayApiHttpRouteSplitsAndRoutesHeaders() {
        String ns = "gateway";
        workloads(ns, "orders-canary");
        RouterFixtures.apply(client, """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: orders, namespace: gateway}
                spec:
                  parentRefs: [{name: public, namespace: infra}]
                  hostnames: [orders.example.com]
                  rules: [{backendRefs: [{name: orders, port: 80}]}]
                """);
        checkWeightsAndHeader(RouterKind.GATEWAY_API, ns, (n, host) -> traffic.viaHttpRoute(n, host, "/"), "yes");
    }

    @Test
    void istioVirtualServiceSplitsAndRoutesHeadersAndCookies() {
        String ns = "mesh";
        workloads(ns, "orders-canary");
        RouterFixtures.apply(client, """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: orders, namespace: mesh}
                spec:
                  hosts: [orders.example.com]
                  http: [{route: [{destination: {host: orders}}]}]
                """);
        checkWeightsAndHeader(RouterKind.ISTIO, ns, (n, host) -> traffic.viaVirtualService(n, host, "/"), "yes");
        // Istio sees cookies in the Cookie header (the simulator's cookies are NGINX's view): sent as a browser does
        checkCookie(RouterKind.ISTIO, ns, traffic.viaVirtualService(ns, HOST, "/").header("cookie", "session=42"),
                traffic.viaVirtualService(ns, HOST, "/").header("cookie", "session=42; canary=always; theme=dark"));
    }

    @Test
    void withoutRouterTheReadyReplicaRatioIsTheShare() {
        String ns = "plain";
        workloads(ns, "orders");
        ReleaseTarget target = ReleaseTarget.of(ns, "orders", null, RouterKind.NONE);
        TrafficRouting routing = TrafficRoutings.of(client, RouterKind.NONE, line -> { });
        TrafficClient users = traffic.viaService(ns, "orders");

        routing.prepare(target);
        ready(ns, "orders-canary", 0);
        assertThat(canaryShare(users, ns)).isZero();
        routing.setWeight(target, 50);
        ready(ns, "orders-canary", 2);
        assertThat(canaryShare(users, ns)).isCloseTo(0.5, within(0.001));
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, null, true));
        routing.restoreStable(target);
        ready(ns, "orders-canary", 0);
        assertThat(canaryShare(users, ns)).isZero();
    }

    private static void checkWeightsAndHeader(RouterKind kind, String ns, BiFunction<String, String, TrafficClient> entry,
            String headerValue) {
        ReleaseTarget target = ReleaseTarget.of(ns, "orders", null, kind);
        TrafficRouting routing = TrafficRoutings.of(client, kind, line -> { });
        TrafficClient users = entry.apply(ns, HOST);
        TrafficClient testers = entry.apply(ns, HOST).header("x-canary", headerValue);

        routing.prepare(target);
        assertThat(canaryShare(users, ns)).as(kind + " at 0 %").isZero();
        routing.setWeight(target, 10);
        assertThat(canaryShare(users, ns)).as(kind + " at 10 %").isCloseTo(0.1, within(0.001));
        routing.setMatch(target, new ReleaseStep.Match("x-canary", "always".equals(headerValue) ? null : headerValue,
                null));
        assertThat(canaryShare(testers, ns)).as(kind + " header").isEqualTo(1.0);
        assertThat(canaryShare(users, ns)).as(kind + " others keep the weight").isCloseTo(0.1, within(0.001));

        routing.restoreStable(target);
        assertThat(canaryShare(users, ns)).as(kind + " restored").isZero();
        assertThat(canaryShare(testers, ns)).as(kind + " restored header").isZero();
        routing.remove(target);
        assertThat(canaryShare(users, ns)).as(kind + " removed").isZero();
    }

    private static void checkCookie(RouterKind kind, String ns, TrafficClient users, TrafficClient insiders) {
        ReleaseTarget target = ReleaseTarget.of(ns, "orders", null, kind);
        TrafficRouting routing = TrafficRoutings.of(client, kind, line -> { });

        routing.prepare(target);
        routing.setMatch(target, new ReleaseStep.Match(null, null, "canary"));
        assertThat(canaryShare(insiders, ns)).as(kind + " cookie").isEqualTo(1.0);
        assertThat(canaryShare(users, ns)).as(kind + " without the cookie").isZero();
        routing.restoreStable(target);
        routing.remove(target);
    }

    private static double canaryShare(TrafficClient client, String ns) {
        return client.shares().getOrDefault(new Version(ns, "orders-canary"), 0.0);
    }

    /** Stable (2 pods) and canary (1 pod) Deployments; the canary pods' {@code app} label is {@code canaryApp}. */
    private static void workloads(String ns, String canaryApp) {
        RouterFixtures.apply(client, DEPLOYMENT.formatted("orders", ns, 2, "orders", "stable", "orders", "stable", "1"));
        RouterFixtures.apply(client, DEPLOYMENT.formatted("orders-canary", ns, 1, canaryApp, "canary", canaryApp,
                "canary", "2"));
        RouterFixtures.apply(client, SERVICE.formatted("orders", ns, "orders"));
        RouterFixtures.apply(client, SERVICE.formatted("orders-canary", ns, "orders-canary"));
        ready(ns, "orders", 2);
        ready(ns, "orders-canary", 1);
    }

    private static void ready(String ns, String name, int count) {
        client.apps().deployments().inNamespace(ns).withName(name).waitUntilCondition(d -> d != null
                && d.getStatus() != null && d.getSpec().getReplicas() == count
                && (d.getStatus().getReadyReplicas() == null ? 0 : d.getStatus().getReadyReplicas()) == count
                && (d.getStatus().getReplicas() == null ? 0 : d.getStatus().getReplicas()) == count,
                60, TimeUnit.SECONDS);
    }

}
