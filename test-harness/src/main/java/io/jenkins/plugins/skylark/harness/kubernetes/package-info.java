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
 * <p>Watches work for fabric8 clients (WebSocket) and for kubectl (HTTP streaming), so {@code kubectl rollout status}
 * and {@code kubectl get -w} follow the fake as they follow a real cluster.
 *
 * <p>Standalone: {@code mvn -q -pl test-harness exec:java -Dexec.args="--port 6443 --kubeconfig /tmp/kc"} runs
 * {@link io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetesMain} until killed.
 */
package io.jenkins.plugins.skylark.harness.kubernetes;
