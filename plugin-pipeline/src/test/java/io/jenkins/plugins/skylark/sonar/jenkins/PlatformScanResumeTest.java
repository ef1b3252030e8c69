package io.jenkins.plugins.skylark.sonar.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.RunningStep;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.sonar.SonarSimulator;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookPosts;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A controller restart while {@code platformScan} waits for its gate: the saved execution (plan, pending task,
 * wait state; no token) reads back with River and goes on waiting; the webhook that arrives after the restart
 * ends it, without a second analysis.
 */
class PlatformScanResumeTest {
    @RegisterExtension
    @Order(1)
    final JenkinsExtension jenkins = new JenkinsExtension();

    @RegisterExtension
    @Order(2)
    final ScanPlatform platform = new ScanPlatform(jenkins);

    @Test
    void shouldGoOnWaitingAfterARestartAndTakeTheWebhookThatCameMeanwhile() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        PlatformScanStep step = new PlatformScanStep();
        step.setWebhookTimeout("10m");
        step.setTimeout("20m");

        Object result = build.run(ScanPlatform.withPlatform(), body -> {
            RunningStep running = build.start(step, body);
            awaitGateWait(running);
            running.restartController();
            String hook = platform.sonar.webhook("webhook-ok.json");
            WebhookPosts.post("/sonarqube", hook, ScanPlatform.signed(hook, ScanPlatform.HOOK_SECRET));
            return running.await();
        });

        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("status", "OK").containsEntry("taskId", SonarSimulator.TASK);
        assertThat(build.log()).contains("Resumed after a controller restart: still waiting for the quality gate of "
                + "SonarQube task " + SonarSimulator.TASK).doesNotContain(ScanPlatform.TOKEN);
        assertThat(ScanPlatform.ANALYSES).hasSize(1);
    }

    /** Until the analysis is uploaded and the execution waits (bounded: the recorded analysis is immediate). */
    private static void awaitGateWait(RunningStep running) throws InterruptedException {
        for (int i = 0; i < 600 && !running.execution().getStatus().startsWith("waiting for the quality gate"); i++) {
            Thread.sleep(50);
        }
        assertThat(running.execution().getStatus()).startsWith("waiting for the quality gate");
    }
}
