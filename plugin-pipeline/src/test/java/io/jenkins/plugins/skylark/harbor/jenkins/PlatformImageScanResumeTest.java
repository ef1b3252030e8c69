package io.jenkins.plugins.skylark.harbor.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harbor.ArtifactRef;
import io.jenkins.plugins.skylark.harbor.HarborSimulator;
import io.jenkins.plugins.skylark.harbor.HarborWebhookEvent;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.RunningStep;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookPosts;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A controller restart while {@code platformImageScan} waits: the saved execution (target, gate, wait; no secret)
 * reads back with River and goes on waiting; the webhook arriving after the restart ends it without a second scan.
 */
class PlatformImageScanResumeTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final HarborSimulator harbor = new HarborSimulator();

    @AfterEach
    void stop() {
        harbor.close();
    }

    @Test
    void goesOnWaitingAfterARestartAndTakesTheWebhookThatCameMeanwhile() throws Exception {
        HarborPlatform.configure(jenkins, harbor.endpoint().toString(), r -> r.setWebhookSecretId("harbor-hook"));
        jenkins.credentials().addGlobal(new TestStringCredentials("harbor-hook", "hook-secret-77"));
        ArtifactRef orders = new ArtifactRef(harbor.host(), "shop", "orders", "sha256:" + "5e".repeat(32));
        harbor.artifact(orders, Map.of(), null, "Running");
        harbor.acceptScan(orders);
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        PlatformImageScanStep step = new PlatformImageScanStep();
        step.setImage(orders.reference());

        Object result = build.run(new WithPlatformStep("shop"), body -> {
            RunningStep running = build.start(step, body);
            awaitWaiting(running);
            running.restartController();
            String event = HarborSimulator.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, orders,
                    Instant.now().getEpochSecond(), Map.of("Low", 3));
            WebhookPosts.post("/harbor", event, Map.of("Authorization", "hook-secret-77"));
            return running.await();
        });

        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("status", "PASSED");
        assertThat(build.log()).contains("Resumed after a controller restart: still waiting for Harbor's scan of "
                + orders.describe()).doesNotContain(HarborSimulator.SECRET);
        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).hasSize(1);
    }

    /** Until the scan was triggered and the execution waits (bounded). */
    private static void awaitWaiting(RunningStep running) throws InterruptedException {
        for (int i = 0; i < 600 && !String.valueOf(running.execution().getStatus()).startsWith("waiting for Harbor"); i++) {
            Thread.sleep(50);
        }
        assertThat(running.execution().getStatus()).startsWith("waiting for Harbor");
    }
}
