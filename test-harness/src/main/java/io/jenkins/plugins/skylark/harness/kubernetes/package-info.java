/**
 * A fake Kubernetes cluster for tests, demos and manual trials.
 *
 * <pre>{@code
 * try (FakeKubernetes k8s = FakeKubernetes.start()) {          // or FakeKubernetes.builder().speed(20)....start()
 *     KubernetesClient client = k8s.client();                   // fabric8, JDK HTTP client, namespace "default"
 *     client.resource(deployment).fieldManager("skylark").forceConflicts().serverSideApply();
 *     k8s.failures().onImage("registry/app@sha256:bad", RolloutFailure.IMAGE_PULL);
 *     k8s.clock().advance(Duration.ofMinutes(10));               // pass progressDeadlineSeconds at once
 *     String kubeconfig = k8s.kubeconfig();                     // YAML, token user, server http://127.0.0.1:PORT
 * }
 * }</pre>
 *
 * <p>Builder options besides speed, nodes, timings and token: {@code writeLatency(Duration)} answers each write that
 * much later, as a real server answers once etcd has committed it; {@code controllers(false)} serves the API alone;
 * {@code watchHistory(n)} sets how many recent changes a watch can start from (default 10,000).
 *
 * <p>Exposure: {@code ingressController("nginx", "203.0.113.10")} (or {@code defaultIngressController}, whose
 * IngressClass carries {@code ingressclass.kubernetes.io/is-default-class: "true"}) creates an IngressClass whose
 * Ingresses get that address in {@code status.loadBalancer.ingress[0]} ({@code ip}, or {@code hostname} for a DNS
 * name) after {@code exposureDelay} (simulated, default 2 s); Ingresses of other classes never get one.
 * {@code gatewayApi()} installs the Gateway API CRDs ({@code gateway.networking.k8s.io/v1} GatewayClass, Gateway,
 * HTTPRoute); {@code gateway("gateway-system", "public", "fake-gateway", "203.0.113.20", "*.apps.example.com")}
 * also creates a GatewayClass (controller {@code skylark.jenkins.io/fake-gateway-controller}, Accepted) and a
 * programmed Gateway with one HTTP listener per hostname admitting routes from all namespaces. Each HTTPRoute then
 * gets one {@code status.parents[]} entry per parentRef to such a Gateway, with {@code Accepted} (True, or False:
 * {@code NoMatchingListenerHostname}, {@code NotAllowedByListeners}, {@code NoMatchingParent}) and
 * {@code ResolvedRefs} (True, or False: {@code BackendNotFound} until the Service exists, {@code InvalidKind},
 * {@code RefNotPermitted}) for its current generation; refs to unknown Gateways get no entry.
 * {@code istio()} installs the Istio CRDs ({@code networking.istio.io/v1} VirtualService and DestinationRule), stored
 * and served like any kind but programmed by no controller.
 * {@code failures().onIngressClass("nginx")} and {@code failures().onRoute("shop", "web", RouteFailure.NO_STATUS)}
 * (or {@code NOT_ACCEPTED}) make them fail.
 *
 * <pre>{@code
 * FakeKubernetes k8s = FakeKubernetes.builder().defaultIngressController("nginx", "203.0.113.10")
 *         .gateway("gateway-system", "public", "fake-gateway", "203.0.113.20", "*.apps.example.com").start();
 * }</pre>
 *
 * <p>Traffic: {@code trafficSimulator()} runs simulated users through the Ingresses, HTTPRoutes, VirtualServices or
 * Services ({@code k8s.traffic().viaIngress("shop", "orders.example.com", "/").requestsPerSecond(50)}), deciding per
 * request which version serves it, with error rates and latencies from {@code failures().onTraffic(…)} and
 * {@code onImageTraffic(…)}, and exports NGINX ingress and Istio metrics for Prometheus: see the {@code traffic}
 * package.
 *
 * <p>Watches work for fabric8 clients (WebSocket) and for kubectl (HTTP streaming), so {@code kubectl rollout status}
 * and {@code kubectl get -w} follow the fake as they follow a real cluster.
 *
 * <p>Standalone: {@code mvn -q -pl test-harness exec:java -Dexec.args="--port 6443 --kubeconfig /tmp/kc"} runs
 * {@link io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetesMain} until killed.
 */
package io.jenkins.plugins.skylark.harness.kubernetes;
