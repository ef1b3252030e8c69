package io.jenkins.plugins.skylark.sonar;

import io.jenkins.plugins.skylark.release.Durations;
import io.jenkins.plugins.skylark.webhook.GateWait;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * One tick of the wait for a quality gate: look in the inbox for SonarQube's webhook; when the
 * {@link GateWait} says so, ask {@code api/ce/task} and then {@code api/qualitygates/project_status};
 * give up at the timeout. A server that is unavailable (503) or unreachable is asked again after the
 * backoff; any other error ends the wait at once with SonarQube's message.
 */
public final class GateCheck {
    /** The webhook source and inbox name of SonarQube posts. */
    public static final String SOURCE = "sonarqube";

    private final WebhookInbox inbox;
    private final SonarClient client;

    public GateCheck(WebhookInbox inbox, SonarClient client) {
        this.inbox = inbox;
        this.client = client;
    }

    /** What the tick found. */
    public sealed interface Outcome permits Done, Waiting, Failed {
    }

    /** The gate is known. */
    public record Done(ScanResult result) implements Outcome {
    }

    /**
     * Keep waiting with {@code next}; {@code note} is a line for the log (a task still queued, a retried
     * error), {@code problem} the last error met ({@code null} when none), both optional.
     */
    public record Waiting(GateWait next, String note, String problem) implements Outcome {
    }

    /** The wait ended without a gate: {@code message} says why. */
    public record Failed(String message) implements Outcome {
    }

    /**
     * @param lastProblem the last transient error met so far (for the timeout message), or {@code null}
     */
    public Outcome tick(PendingScan scan, GateWait wait, Instant now, String lastProblem)
            throws InterruptedException {
        Optional<Outcome> webhook = fromInbox(scan);
        if (webhook.isPresent()) {
            return webhook.get();
        }
        if (wait.timedOut(now)) {
            return new Failed(Messages.format(wait.polls() == 0 ? "gate.timeoutNoPoll" : "gate.timeout",
                    scan.taskId(), Durations.format(wait.timeout()), scan.serverUrl(),
                    lastProblem == null ? "-" : lastProblem));
        }
        return wait.pollNow(now) ? poll(scan, wait.polled(now)) : new Waiting(wait, null, lastProblem);
    }

    private Optional<Outcome> fromInbox(PendingScan scan) {
        Optional<String> body;
        try {
            body = inbox.find(SOURCE, scan.taskId());
        } catch (IOException e) {
            return Optional.empty(); // polling still finds the gate
        }
        return body.map(json -> {
            SonarWebhookPayload payload = SonarWebhookPayload.parse(json);
            if (!"SUCCESS".equals(payload.taskStatus())) {
                return new Failed(Messages.format("gate.taskFailed", scan.taskId(), payload.taskStatus(), "-",
                        scan.dashboardUrl()));
            }
            return new Done(ScanResult.of(scan, payload.qualityGate(), null, "webhook"));
        });
    }

    private Outcome poll(PendingScan scan, GateWait next) throws InterruptedException {
        try {
            CeTask task = client.task(scan.taskId());
            if (!task.finished()) {
                return new Waiting(next, Messages.format("gate.taskPending", scan.taskId(), task.status()), null);
            }
            if (!task.succeeded()) {
                return new Failed(Messages.format("gate.taskFailed", scan.taskId(), task.status(),
                        task.errorMessage() == null ? "-" : task.errorMessage(), scan.dashboardUrl()));
            }
            QualityGate gate = client.projectStatus(task.analysisId());
            return new Done(ScanResult.of(scan, gate, task.analysisId(), "polling"));
        } catch (SonarException e) {
            if (e.isTransient()) {
                return new Waiting(next, Messages.format("gate.retrying", e.getMessage()), e.getMessage());
            }
            return new Failed(e.getMessage());
        }
    }
}
