package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.deploy;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.image;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.imageOf;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code platformRollback}, {@code platformScale} and {@code platformUpdateImage} on a deployed application. */
class WorkloadStepsTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();
    private DeployPlatform platform;
    private StepRunner build;

    @BeforeEach
    void deployTwoRevisions() throws Exception {
        platform = DeployPlatform.start(jenkins);
        build = platform.newBuild();
        inShop(build, "dev", deploy(image(1)));
        inShop(build, "dev", deploy(image(2)));
        platform.listener.events.clear();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void shouldRollBackToThePreviousRevision() throws Exception {
        Object result = inShop(build, "dev", new PlatformRollbackStep("orders"));

        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("status", "SUCCEEDED");
        assertThat(platform.listener.events).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.ROLLED_BACK);
        assertThat(build.log()).contains("Rolling back deployment/orders to revision 1");
    }

    @Test
    void shouldRollBackToAGivenRevisionAndNameAMissingOne() throws Exception {
        PlatformRollbackStep toFirst = new PlatformRollbackStep("orders");
        toFirst.setToRevision(1);
        PlatformRollbackStep toMissing = new PlatformRollbackStep("orders");
        toMissing.setToRevision(42);

        inShop(build, "dev", toFirst);

        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
        assertThatThrownBy(() -> inShop(build, "dev", toMissing)).isInstanceOf(AbortException.class)
                .hasMessageContaining("42");
    }

    @Test
    void shouldScaleAndWaitForTheReplicas() throws Exception {
        Object result = inShop(build, "dev", new PlatformScaleStep("orders", 3));

        assertThat(platform.deployment("shop-dev").getStatus().getAvailableReplicas()).isEqualTo(3);
        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("message", "Scaled orders to 3 replicas");
    }

    @Test
    void shouldUpdateTheImageOfARunningContainer() throws Exception {
        Object result = inShop(build, "dev", new PlatformUpdateImageStep("orders", "app", image(3)));

        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(3));
        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("status", "SUCCEEDED")
                .containsEntry("revisions", Map.of("deployment/orders", 3L));
        DeliveryEvent deployed = platform.listener.events.get(0);
        assertThat(deployed.type()).isEqualTo(DeliveryEventType.DEPLOYED);
        assertThat(deployed.commitId()).isEqualTo(DeployPlatform.COMMIT);
    }

    @Test
    void shouldRollBackAFailedImageUpdate() {
        platform.cluster.failures().onImage(image(3), RolloutFailure.IMAGE_PULL);
        PlatformUpdateImageStep update = new PlatformUpdateImageStep("orders", "app", image(3));
        update.setTimeout("20s");

        assertThatThrownBy(() -> inShop(build, "dev", update)).isInstanceOf(AbortException.class)
                .hasMessageContaining("image pull error").hasMessageContaining("Rolled back deployment/orders@2");
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(2));
        assertThat(platform.listener.events).extracting(DeliveryEvent::type)
                .containsExactly(DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK);
    }

    @Test
    void shouldNameAContainerTheApplicationDoesNotHave() {
        assertThatThrownBy(() -> inShop(build, "dev", new PlatformUpdateImageStep("orders", "sidecar", image(3))))
                .isInstanceOf(AbortException.class).hasMessageContaining("'sidecar'");
    }
}
