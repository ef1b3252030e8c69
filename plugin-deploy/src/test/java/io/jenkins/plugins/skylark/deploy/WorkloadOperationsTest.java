package io.jenkins.plugins.skylark.deploy;

import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.FAST;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.deploy;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.deployment;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.image;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.imageOf;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** rollback, scale and updateImage on an application deployed to the fake cluster. */
class WorkloadOperationsTest {
    private static final String NS = "shop-prod";

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void shouldRollBackToAGivenRevision() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);
            deploy(engine, NS, image(2), FAST);
            deploy(engine, NS, image(3), FAST);

            DeployResult result = engine.rollback(target(NS), "orders", 1, FAST);

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(imageOf(deployment(cluster, NS))).isEqualTo(image(1));
            assertThat(result.events()).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(DeliveryEventType.ROLLED_BACK);
                assertThat(event.version()).isEqualTo(image(1));
            });
        }
    }

    @Test
    void shouldRefuseARevisionThatDoesNotExist() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);

            assertThatThrownBy(() -> engine.rollback(target(NS), "orders", 7, FAST))
                    .hasMessage("deployment/orders has no revision 7 (known revisions: 1).");
        }
    }

    @Test
    void shouldScaleAndWaitForTheReplicas() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);

            DeployResult result = engine.scale(target(NS), "orders", 4, FAST);

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(deployment(cluster, NS).getStatus().getAvailableReplicas()).isEqualTo(4);
            assertThat(result.events()).isEmpty();
        }
    }

    @Test
    void shouldUpdateTheImageOfARunningService() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);

            DeployResult result = engine.updateImage(target(NS), "orders", "app", image(2), FAST);

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(imageOf(deployment(cluster, NS))).isEqualTo(image(2));
            assertThat(result.events()).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.DEPLOYED);
        }
    }

    @Test
    void shouldRollBackAFailedImageUpdate() {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = FakeClusterDeploys.engine(cluster, lines::add)) {
            deploy(engine, NS, image(1), FAST);
            cluster.failures().onImage(image(2), RolloutFailure.IMAGE_PULL);

            DeployResult result = engine.updateImage(target(NS), "orders", "app", image(2), FAST);

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.ROLLED_BACK);
            assertThat(result.message()).contains("image pull error").contains("Rolled back deployment/orders@1");
            assertThat(imageOf(deployment(cluster, NS))).isEqualTo(image(1));
        }
    }
}
