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
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A failed {@code platformDeploy} names the cause, rolls back, and fails the build saying both. */
class PlatformDeployFailureTest extends AfterAFirstDeploy {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"IMAGE_PULL, image pull error", "CRASH_LOOP, crash loop", "READINESS, failed readiness",
            "UNSCHEDULABLE, unschedulable"})
    void shouldNameTheCauseRollBackAndFail(RolloutFailure failure, String cause) {
        platform.cluster.failures().onImage(image(2), failure);

        assertThatThrownBy(() -> inShop(build, "dev", deployWith(image(2), "20s", true)))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("Deployment of orders to namespace shop-dev failed.")
                .hasMessageContaining(cause)
                .hasMessageContaining("Rolled back deployment/orders@1");
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
        assertThat(platform.listener.events).extracting(DeliveryEvent::type)
                .containsExactly(DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK);
        assertThat(platform.listener.events.get(0).attributes()).containsEntry("cause", failure.name());
    }

    @Test
    void shouldGiveUpAtTheTimeoutAndRollBack() {
        platform.cluster.failures().onImage(image(2), RolloutFailure.NEVER_READY);

        assertThatThrownBy(() -> inShop(build, "dev", deployWith(image(2), "2s", true)))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("timeout reached")
                .hasMessageContaining("Rolled back deployment/orders@1");
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
    }

    @Test
    void shouldLeaveTheFailedRolloutWhenToldNotToRollBack() throws Exception {
        platform.cluster.failures().onImage(image(2), RolloutFailure.CRASH_LOOP);

        assertThatThrownBy(() -> inShop(build, "dev", deployWith(image(2), "20s", false)))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("crash loop")
                .hasMessageContaining("Automatic rollback is disabled");
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(2));
        assertThat(platform.listener.events).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.DEPLOY_FAILED);
    }

    private static PlatformDeployStep deployWith(String image, String timeout, boolean rollback) {
        PlatformDeployStep step = DeployPlatform.deploy(image);
        step.setTimeout(timeout);
        step.setRollbackOnFailure(rollback);
        return step;
    }
}
