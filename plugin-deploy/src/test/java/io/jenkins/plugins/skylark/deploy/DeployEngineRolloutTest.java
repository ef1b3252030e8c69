package io.jenkins.plugins.skylark.deploy;

import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.FAST;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.deploy;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.deployment;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.image;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.imageOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import io.jenkins.plugins.skylark.harness.kubernetes.controller.Timings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** platformDeploy's engine against the fake cluster, whose controllers roll workloads out. */
class DeployEngineRolloutTest {
    private static final String NS = "shop-prod";

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void shouldWaitForTheRolloutPrintingProgress() {
        // pods take a third of a real second to start, so polls every 50 ms see the rollout under way
        try (FakeKubernetes cluster = FakeKubernetes.builder().speed(30).namespaces(NS)
                        .timings(new Timings(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(10)))
                        .start();
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            DeployResult result = deploy(engine, NS, image(1), FAST);

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(result.revisions()).containsEntry("deployment/orders", 1L);
            assertThat(lines).contains("deployment/orders: rolled out")
                    .anyMatch(line -> line.matches("deployment/orders: \\d of 2 updated, \\d available"))
                    .noneMatch(line -> line.contains(cluster.token()));
            Deployment deployment = deployment(cluster, NS);
            assertThat(deployment.getStatus().getAvailableReplicas()).isEqualTo(2);
            assertThat(result.events()).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.DEPLOYED);
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(Arguments.of(RolloutFailure.IMAGE_PULL, "IMAGE_PULL", "image pull error"),
                Arguments.of(RolloutFailure.CRASH_LOOP, "CRASH_LOOP", "crash loop"),
                Arguments.of(RolloutFailure.READINESS, "READINESS", "failed readiness"),
                Arguments.of(RolloutFailure.UNSCHEDULABLE, "UNSCHEDULABLE", "unschedulable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void shouldNameTheCauseAndRollBackToThePreviousRevision(RolloutFailure failure, String cause, String text) {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);
            cluster.failures().onImage(image(2), failure);

            DeployResult result = deploy(engine, NS, image(2), FAST.withTimeout(Duration.ofSeconds(4)));

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.ROLLED_BACK);
            assertThat(result.failureCause()).isEqualTo(cause);
            assertThat(result.message()).contains(text).contains("Rolled back deployment/orders@1");
            assertThat(imageOf(deployment(cluster, NS))).isEqualTo(image(1));
            assertThat(result.events()).extracting(DeliveryEvent::type)
                    .containsExactly(DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK);
        }
    }

    @Test
    void shouldLeaveTheFailedRolloutWhenRollbackIsDisabled() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);
            cluster.failures().onImage(image(2), RolloutFailure.CRASH_LOOP);

            DeployResult result = deploy(engine, NS, image(2), FAST.withRollbackOnFailure(false));

            assertThat(result.status()).isEqualTo(DeployStatus.FAILED);
            assertThat(result.message()).contains("crash loop").contains("Automatic rollback is disabled");
            assertThat(imageOf(deployment(cluster, NS))).isEqualTo(image(2));
            assertThat(result.events()).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.DEPLOY_FAILED);
        }
    }

    @Test
    void shouldGiveUpAtTheTimeoutAndRollBack() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);
            cluster.failures().onImage(image(2), RolloutFailure.NEVER_READY);

            DeployResult result = deploy(engine, NS, image(2), FAST.withTimeout(Duration.ofSeconds(1)));

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.ROLLED_BACK);
            assertThat(result.message()).contains("timeout reached").contains("Rolled back deployment/orders@1");
        }
    }

    @Test
    void shouldChangeNothingWhenRunAgainWithTheSameInputs() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);
            Deployment first = deployment(cluster, NS);
            int replicaSets = cluster.client().apps().replicaSets().inNamespace(NS).list().getItems().size();

            DeployResult again = deploy(engine, NS, image(1), FAST);

            Deployment second = deployment(cluster, NS);
            assertThat(again.status()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(second.getMetadata().getGeneration()).isEqualTo(first.getMetadata().getGeneration());
            assertThat(again.revisions()).containsEntry("deployment/orders", 1L);
            assertThat(cluster.client().apps().replicaSets().inNamespace(NS).list().getItems()).hasSize(replicaSets);
            assertThat(lines).contains("Applied 3 objects; 0 of 1 workloads changed");
        }
    }

    @Test
    void shouldDeployToTwoNamespacesInParallel() throws Exception {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster("shop-dev", "shop-test");
                DeployEngine dev = FakeClusterDeploys.engine(cluster, lines::add);
                DeployEngine test = FakeClusterDeploys.engine(cluster, lines::add)) {
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> deploy(dev, "shop-dev", image(1), FAST));
            var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> deploy(test, "shop-test", image(2), FAST));

            assertThat(first.get().status()).as(first.get().message()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(second.get().status()).as(second.get().message()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(imageOf(deployment(cluster, "shop-dev"))).isEqualTo(image(1));
            assertThat(imageOf(deployment(cluster, "shop-test"))).isEqualTo(image(2));
        }
    }
}
