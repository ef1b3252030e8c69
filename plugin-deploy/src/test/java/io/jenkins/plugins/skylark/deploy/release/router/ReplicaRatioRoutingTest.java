package io.jenkins.plugins.skylark.deploy.release.router;

import static io.jenkins.plugins.skylark.deploy.release.router.RouterFixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplicaRatioRoutingTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: %s, namespace: shop}
            spec:
              replicas: %d
              selector: {matchLabels: {app: orders, track: %s}}
              template:
                metadata: {labels: {app: orders, track: %s}}
                spec: {containers: [{name: app, image: registry.example/orders:%s}]}
            """;

    private final FakeKubernetes cluster = FakeKubernetes.builder().speed(50).namespaces(NS).start();
    private final KubernetesClient client = cluster.client();
    private final List<String> log = new ArrayList<>();
    private final TrafficRouting routing = TrafficRoutings.of(client, RouterKind.NONE, log::add);
    private final ReleaseTarget target = RouterFixtures.target(RouterKind.NONE);

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void shouldApproximateTheWeightByTheReadyReplicaRatioKeepingTheStableReplicas() {
        RouterFixtures.apply(client, DEPLOYMENT.formatted("orders", 4, "stable", "stable", "1"));
        RouterFixtures.apply(client, DEPLOYMENT.formatted("orders-canary", 1, "canary", "canary", "2"));
        ready("orders", 4);

        routing.prepare(target);
        assertThat(replicas("orders-canary")).isZero();
        ready("orders-canary", 0);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(0, null, true));

        routing.setWeight(target, 10);
        ready("orders-canary", 1);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(20, null, true));
        routing.setWeight(target, 50);
        ready("orders-canary", 4);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, null, true));
        assertThat(replicas("orders")).isEqualTo(4);
        assertThat(log).contains("Weight 50 % without a traffic router: orders-canary scaled to 4 replica(s) beside "
                + "orders with 4; the canary share is approximate (about 50 % of the pods, the Service spreads "
                + "requests over them).");

        assertThatThrownBy(() -> routing.setMatch(target, new ReleaseStep.Match("x-canary", "true", null)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("Routing by header x-canary: true needs a traffic router");
        routing.setMatch(target, null);

        routing.prepare(target);
        assertThat(replicas("orders-canary")).as("a resumed release keeps its weight").isEqualTo(4);

        routing.restoreStable(target);
        assertThat(replicas("orders-canary")).isZero();
        assertThat(replicas("orders")).isEqualTo(4);
        routing.remove(target);
        assertThat(replicas("orders-canary")).isZero();
        assertThat(client.apps().deployments().inNamespace(NS).withName("orders-canary").get().getMetadata()
                .getAnnotations()).doesNotContainKey(ReplicaRatioRouting.WEIGHT);
    }

    @Test
    void shouldComputeCanaryReplicasFromTheStableOnes() {
        assertThat(ReplicaRatioRouting.canaryReplicas(4, 0)).isZero();
        assertThat(ReplicaRatioRouting.canaryReplicas(4, 1)).isEqualTo(1);
        assertThat(ReplicaRatioRouting.canaryReplicas(9, 10)).isEqualTo(1);
        assertThat(ReplicaRatioRouting.canaryReplicas(4, 50)).isEqualTo(4);
        assertThat(ReplicaRatioRouting.canaryReplicas(3, 75)).isEqualTo(9);
        assertThat(ReplicaRatioRouting.canaryReplicas(3, 90)).isEqualTo(12);
        assertThat(ReplicaRatioRouting.canaryReplicas(3, 100)).isEqualTo(12);
    }

    @Test
    void shouldNameAMissingStableDeployment() {
        assertThatThrownBy(() -> routing.setWeight(target, 10)).isInstanceOf(RoutingException.class)
                .hasMessageStartingWith("The Deployment shop/orders does not exist");
    }

    private void ready(String name, int count) {
        client.apps().deployments().inNamespace(NS).withName(name).waitUntilCondition(d -> d != null
                && d.getStatus() != null && d.getSpec().getReplicas() == count
                && (d.getStatus().getReadyReplicas() == null ? 0 : d.getStatus().getReadyReplicas()) == count,
                60, TimeUnit.SECONDS);
    }

    private int replicas(String name) {
        Deployment deployment = client.apps().deployments().inNamespace(NS).withName(name).get();
        return deployment.getSpec().getReplicas();
    }
}
