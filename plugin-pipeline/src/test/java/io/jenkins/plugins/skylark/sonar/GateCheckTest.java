package io.jenkins.plugins.skylark.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.webhook.GateWait;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tick at a time, with explicit times: no waiting in these tests. */
class GateCheckTest {
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path home;

    private final SonarSimulator sonar = new SonarSimulator();
    private final PendingScan scan = new PendingScan(sonar.url(), "shop_orders", SonarSimulator.TASK,
            sonar.url() + "/dashboard?id=shop_orders");
    private final GateWait wait = GateWait.start(T0, Duration.ofSeconds(30), Duration.ofMinutes(2));

    @AfterEach
    void stop() {
        sonar.close();
    }

    private GateCheck check() {
        return new GateCheck(new WebhookInbox(home), new SonarClient(sonar.url(), "token"));
    }

    @Test
    void shouldTakeTheGateFromTheWebhookWithoutAskingTheServer() throws Exception {
        new WebhookInbox(home).deliver("sonarqube", SonarSimulator.TASK, sonar.webhook("webhook-error.json"));

        GateCheck.Outcome outcome = check().tick(scan, wait, T0.plusSeconds(1), null);

        ScanResult result = ((GateCheck.Done) outcome).result();
        assertThat(result.status()).isEqualTo("ERROR");
        assertThat(result.source()).isEqualTo("webhook");
        assertThat(result.failedConditions()).containsExactly(
                new GateCondition("new_coverage", "LT", "80", "42.0", "ERROR"));
        assertThat(sonar.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldOnlyWaitDuringTheGrace() throws Exception {
        GateCheck.Outcome outcome = check().tick(scan, wait, T0.plusSeconds(29), null);

        assertThat(outcome).isEqualTo(new GateCheck.Waiting(wait, null, null));
        assertThat(sonar.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldPollWhenTheWebhookIsLostUntilTheTaskSucceededThenReadTheGate() throws Exception {
        sonar.taskProgresses().gate("project-status-ok.json");
        GateWait current = wait;
        Instant now = T0.plusSeconds(30);
        GateCheck.Outcome outcome = check().tick(scan, current, now, null);
        for (int tick = 0; outcome instanceof GateCheck.Waiting waiting && tick < 10; tick++) {
            current = waiting.next();
            now = current.nextPoll();
            outcome = check().tick(scan, current, now, null);
        }

        ScanResult result = ((GateCheck.Done) outcome).result();
        assertThat(result.toMap()).containsEntry("status", "OK").containsEntry("analysisId", SonarSimulator.ANALYSIS)
                .containsEntry("taskId", SonarSimulator.TASK)
                .containsEntry("dashboardUrl", sonar.url() + "/dashboard?id=shop_orders");
        assertThat(result.source()).isEqualTo("polling");
        assertThat(current.polls()).isEqualTo(2);
        assertThat(sonar.requests(SonarSimulator.TASK_PATH)).hasSize(3);
    }

    @Test
    void shouldEndWithTheTasksErrorWhenTheBackgroundTaskFailed() throws Exception {
        sonar.task("ce-task-failed.json");

        GateCheck.Outcome outcome = check().tick(scan, wait, T0.plusSeconds(30), null);

        assertThat(((GateCheck.Failed) outcome).message()).contains("background task " + SonarSimulator.TASK + " is FAILED")
                .contains("Fail to extract report").contains("/dashboard?id=shop_orders");
    }

    @Test
    void shouldRetryA503AndEndAtTheTimeoutNamingTheLastProblem() throws Exception {
        sonar.answer(SonarSimulator.TASK_PATH, 503, null);
        GateCheck.Outcome outcome = check().tick(scan, wait, T0.plusSeconds(30), null);
        GateCheck.Waiting waiting = (GateCheck.Waiting) outcome;
        assertThat(waiting.note()).startsWith("Will ask again: SonarQube").contains("unavailable (503)");

        GateCheck.Outcome end = check().tick(scan, waiting.next(), T0.plusSeconds(120), waiting.problem());

        assertThat(((GateCheck.Failed) end).message()).contains("No quality gate for SonarQube task")
                .contains("within 2m").contains("no webhook arrived").contains("unavailable (503)");
    }

    @Test
    void shouldEndAtOnceOnAnAuthorisationError() throws Exception {
        sonar.answer(SonarSimulator.TASK_PATH, 403, "error-forbidden.json");

        GateCheck.Outcome outcome = check().tick(scan, wait, T0.plusSeconds(30), null);

        assertThat(((GateCheck.Failed) outcome).message()).contains("403 Forbidden", "Insufficient privileges");
    }

    @Test
    void shouldIgnoreTheWebhookOfAnotherTask() throws Exception {
        new WebhookInbox(home).deliver("sonarqube", "another-task", sonar.webhook("webhook-ok.json"));

        assertThat(check().tick(scan, wait, T0.plusSeconds(1), null)).isInstanceOf(GateCheck.Waiting.class);
    }
}
