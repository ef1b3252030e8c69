package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.deploy;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.image;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.imageOf;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.withPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;

/**
 * The engine steps live through a controller restart: restored from the state Pipeline saved and
 * resumed, they finish with the rollout's real result and say in the log that they resumed.
 */
class EngineStepResumeTest extends AfterAFirstDeploy {
    private static final String RESUMED = "resumed after a controller restart";

    @Test
    void shouldWaitAgainForTheRolloutItAppliedBeforeTheRestart() throws Exception {
        Object result = restartWhileWaiting(deploy(image(2)));

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("status", "SUCCEEDED")
                .containsEntry("revisions", Map.of("deployment/orders", 2L));
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(2));
        assertThat(build.log()).contains("platformDeploy " + RESUMED + ": the changes to application 'orders' were applied");
        DeliveryEvent deployed = platform.listener.events.get(0);
        assertThat(deployed.type()).isEqualTo(DeliveryEventType.DEPLOYED);
        assertThat(deployed.attributes()).containsEntry("changed", "true");
    }

    @Test
    void shouldReportAFailedRolloutAfterTheRestartAndRollBackToTheRevisionBeforeIt() throws Exception {
        platform.cluster.failures().onImage(image(2), RolloutFailure.CRASH_LOOP);
        PlatformDeployStep failing = deploy(image(2));
        failing.setTimeout("20s");

        assertThatThrownBy(() -> restartWhileWaiting(failing)).isInstanceOf(AbortException.class)
                .hasMessageContaining("crash loop").hasMessageContaining("Rolled back deployment/orders@1");
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
        assertThat(platform.listener.events).extracting(DeliveryEvent::type)
                .containsExactly(DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK);
        assertThat(build.log()).contains("platformDeploy " + RESUMED);
    }

    @Test
    void shouldApplyAgainWhenTheRestartCameBeforeTheStepSavedItsWrites() throws Exception {
        Object result = build.run(withPlatform("shop", "dev"), body -> {
            ControllerRestart restart = ControllerRestart.start(deploy(image(2)), body);
            restart.savedByStep();
            awaitRolledOut(image(2));
            return restart.resumeFrom(restart.savedAtStart());
        });

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("status", "SUCCEEDED")
                .containsEntry("revisions", Map.of("deployment/orders", 2L));
        assertThat(build.log()).contains("platformDeploy " + RESUMED + ": applying to application 'orders' again");
        assertThat(platform.listener.events).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.DEPLOYED);
    }

    @Test
    void shouldNotRollBackASecondTimeWhenResumingARollback() throws Exception {
        inShop(build, "dev", deploy(image(2)));
        platform.listener.events.clear();

        // The cluster finishes the rollback while the controller is down; written again, "the previous
        // revision" would now be the one rolled back from.
        Object result = restartWhileWaiting(new PlatformRollbackStep("orders"), () -> awaitRolledOut(image(1)));

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("status", "SUCCEEDED");
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
        assertThat(platform.listener.events).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.ROLLED_BACK);
        assertThat(build.log()).contains("platformRollback " + RESUMED);
    }

    @Test
    void shouldStopARollbackWhoseWritesWereNotSavedInsteadOfRollingBackTwice() throws Exception {
        inShop(build, "dev", deploy(image(2)));

        assertThatThrownBy(() -> build.run(withPlatform("shop", "dev"), body -> {
            ControllerRestart restart = ControllerRestart.start(new PlatformRollbackStep("orders"), body);
            restart.savedByStep();
            awaitRolledOut(image(1));
            return restart.resumeFrom(restart.savedAtStart());
        })).isInstanceOf(AbortException.class)
                .hasMessageContaining("A rollback cannot safely be written a second time");
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
    }

    @Test
    void shouldResumeScaleAndImageUpdate() throws Exception {
        Object scaled = restartWhileWaiting(new PlatformScaleStep("orders", 3));
        Object updated = restartWhileWaiting(new PlatformUpdateImageStep("orders", "app", image(3)));

        assertThat(scaled).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("message", "Scaled orders to 3 replicas");
        assertThat(updated).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("status", "SUCCEEDED");
        assertThat(platform.deployment("shop-dev").getStatus().getAvailableReplicas()).isEqualTo(3);
        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(3));
        assertThat(build.log()).contains("platformScale " + RESUMED, "platformUpdateImage " + RESUMED);
    }

    @Test
    void shouldFailWhenTheChangeItWaitedForWasReplacedDuringTheRestart() throws Exception {
        // A JSON patch, unlike edit(), does not conflict with the controllers' status writes.
        Downtime anotherDeploy = () -> platform.cluster.client().apps().deployments().inNamespace("shop-dev")
                .withName("orders").patch(PatchContext.of(PatchType.JSON), "[{\"op\": \"replace\", "
                        + "\"path\": \"/spec/template/spec/containers/0/image\", \"value\": \"" + image(3) + "\"}]");

        assertThatThrownBy(() -> restartWhileWaiting(deploy(image(2)), anotherDeploy)).isInstanceOf(AbortException.class)
                .hasMessageContaining("deployment/orders in namespace shop-dev no longer has the pod template this step wrote");
        assertThat(platform.listener.events).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.DEPLOY_FAILED);
    }

    /** Runs {@code step} in {@code withPlatform(project: 'shop', environment: 'dev')}, restarting once its writes are saved. */
    private Object restartWhileWaiting(Step step) throws Exception {
        return restartWhileWaiting(step, () -> { });
    }

    /** The same, with {@code whileDown} happening between the controller's death and its restart. */
    private Object restartWhileWaiting(Step step, Downtime whileDown) throws Exception {
        return build.run(withPlatform("shop", "dev"), body -> {
            ControllerRestart restart = ControllerRestart.start(step, body);
            StepExecution saved = restart.savedByStep();
            whileDown.pass();
            return restart.resumeFrom(saved);
        });
    }

    @FunctionalInterface
    private interface Downtime {
        void pass() throws Exception;
    }

    /** Waits (bounded by the cluster's own pace, not asserted on) until the deployment runs {@code image} everywhere. */
    private void awaitRolledOut(String image) throws InterruptedException {
        while (true) {
            Deployment deployment = platform.deployment("shop-dev");
            Integer updated = deployment.getStatus() == null ? null : deployment.getStatus().getUpdatedReplicas();
            Integer available = deployment.getStatus() == null ? null : deployment.getStatus().getAvailableReplicas();
            if (imageOf(deployment).equals(image) && updated != null && updated.equals(deployment.getSpec().getReplicas())
                    && updated.equals(available) && deployment.getStatus().getReplicas().equals(updated)) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
