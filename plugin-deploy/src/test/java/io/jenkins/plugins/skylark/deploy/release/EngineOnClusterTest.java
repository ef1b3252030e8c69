package io.jenkins.plugins.skylark.deploy.release;

import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_1;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_2;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.NS;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.TARGET;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.image;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.imageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseLockedException;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseStore;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public engine: state in the ConfigMap, lock in the Lease, traffic through the real routers. */
class EngineOnClusterTest {
    private static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: orders, namespace: shop-prod}
            spec:
              ingressClassName: nginx
              rules:
              - host: orders.example.com
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: orders, port: {number: 80}}}}
            """;

    @Test
    void shouldRunACanaryOnNginxWithStateAndLockInTheCluster() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            HasMetadata ingress = fixture.cluster.client().getKubernetesSerialization().unmarshal(INGRESS);
            fixture.cluster.client().resource(ingress).fieldManager("kubectl").serverSideApply();
            fixture.running.add(BUILD_1);
            fixture.running.add(BUILD_2);
            GrayReleaseEngine engine = new GrayReleaseEngine(fixture.cluster.client(), fixture.log::add,
                    Clock.systemUTC(), fixture.running::contains);

            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            engine.setWeight(TARGET, 20);

            assertThat(canaryIngress(fixture).getMetadata().getAnnotations())
                    .containsEntry("nginx.ingress.kubernetes.io/canary-weight", "20");
            assertThat(engine.status(TARGET).orElseThrow().canaryWeight()).isEqualTo(20);
            assertThat(lease(fixture).getSpec().getHolderIdentity()).isEqualTo(BUILD_1);
            ReleaseLockedException refused = catchThrowableOfType(() -> new GrayReleaseEngine(fixture.cluster.client(),
                    fixture.log::add, Clock.systemUTC(), fixture.running::contains)
                    .start(fixture.request(image(3), ReleaseStrategy.CANARY, BUILD_2, Duration.ZERO)),
                    ReleaseLockedException.class);
            assertThat(refused.holder()).isEqualTo(BUILD_1);

            ReleaseOutcome outcome = engine.abort(TARGET, "manual");

            assertThat(outcome.phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(canaryIngress(fixture)).isNull();
            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(lease(fixture)).isNull();
            assertThat(new ReleaseStore(fixture.cluster.client()).load(TARGET).orElseThrow().phase())
                    .isEqualTo(ReleasePhase.ABORTED);
            assertThat(outcome.state().history()).extracting(entry -> entry.canaryWeight()).containsSequence(0, 20, 0);
        }
    }

    @Test
    void shouldPromoteWithoutARouterByReplicaRatio() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            ReleaseTarget target = ReleaseTarget.of(NS, "orders", null, RouterKind.NONE);
            GrayReleaseEngine engine = new GrayReleaseEngine(fixture.cluster.client(), fixture.log::add,
                    Clock.systemUTC(), fixture.running::contains);
            engine.start(new ReleaseRequest(target, image(2), null, ReleaseStrategy.CANARY, List.of(), BUILD_1, false,
                    null, null));

            engine.setWeight(target, 50);
            assertThat(fixture.deployment("orders-canary").getSpec().getReplicas()).as("2 beside 2 stable").isEqualTo(2);

            ReleaseOutcome outcome = engine.promote(target, Duration.ofSeconds(60));

            assertThat(outcome.phase()).as(outcome.message()).isEqualTo(ReleasePhase.PROMOTED);
            assertThat(imageOf(fixture.deployment("orders"))).isEqualTo(image(2));
            assertThat(fixture.deployment("orders-canary")).isNull();
        }
    }

    private static Ingress canaryIngress(ReleaseFixture fixture) {
        return fixture.cluster.client().network().v1().ingresses().inNamespace(NS).withName("orders-canary").get();
    }

    private static Lease lease(ReleaseFixture fixture) {
        return fixture.cluster.client().resources(Lease.class).inNamespace(NS).withName("skylark-release-orders").get();
    }
}
