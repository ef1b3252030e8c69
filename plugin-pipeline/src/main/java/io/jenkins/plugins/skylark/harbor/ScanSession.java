package io.jenkins.plugins.skylark.harbor;

import io.jenkins.plugins.skylark.release.Durations;
import io.jenkins.plugins.skylark.webhook.GateWait;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One wait for an artifact's scan, as a step keeps it (serializable, no client inside): {@link #begin} triggers or
 * joins the scan, then each {@link #tick} checks the webhook inbox and, when the {@link GateWait} says so, Harbor.
 * A Harbor that answers 429/5xx or cannot be reached while polling is logged and polled again later; the total
 * timeout ends the wait with a message naming the artifact and its last status. Nothing waits forever.
 */
public final class ScanSession implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ScanWatch watch;
    private final Duration grace;
    private final Duration timeout;
    private GateWait wait;

    /**
     * @param grace webhook-only time before the first poll ({@link Duration#ZERO} when the registry takes no webhooks)
     * @param timeout total time for the scan
     */
    public ScanSession(ArtifactRef artifact, Duration grace, Duration timeout, Instant now) {
        this.watch = new ScanWatch(artifact, now);
        this.grace = grace;
        this.timeout = timeout;
    }

    public ArtifactRef artifact() {
        return watch.artifact();
    }

    /** Whether {@link #begin} ran: after a restart only ticks are left. */
    public boolean begun() {
        return wait != null;
    }

    /** Reads the artifact and triggers or joins its scan; the finished scan when a report already exists. */
    public Optional<ScanOverview> begin(HarborClient client, Instant now, Consumer<String> log)
            throws HarborException, InterruptedException {
        Optional<ScanOverview> done = watch.start(client, log);
        wait = GateWait.start(now, grace, timeout);
        return done;
    }

    /**
     * One look at the inbox and, when due, at Harbor.
     *
     * @return the finished scan, or empty to tick again at {@link #nextCheck}
     * @throws HarborException when Harbor refuses the call (401, 403, 404 …) or at the total timeout
     */
    public Optional<ScanOverview> tick(HarborClient client, WebhookInbox inbox, Instant now, Consumer<String> log)
            throws HarborException, InterruptedException {
        boolean poll = wait.pollNow(now);
        Optional<ScanOverview> done;
        try {
            done = watch.check(inbox.find(HarborWebhooks.SOURCE, watch.artifact().digest()), poll, client);
        } catch (HarborException e) {
            if (!transientFailure(e)) {
                throw e;
            }
            log.accept(e.getMessage());
            done = Optional.empty();
        } catch (IOException e) {
            log.accept(e.getMessage());
            done = Optional.empty();
        }
        if (poll) {
            wait = wait.polled(now);
        }
        if (done.isEmpty() && wait.timedOut(now)) {
            throw new HarborException(0, watch.timeoutMessage(Durations.format(timeout)));
        }
        return done;
    }

    /** When to tick next. */
    public Instant nextCheck(Instant now) {
        return wait.nextCheck(now);
    }

    /** Why a finished scan cannot be gated (it ended in an error or was stopped), or empty. */
    public Optional<String> failure(ScanOverview overview) {
        return watch.failure(overview);
    }

    private static boolean transientFailure(HarborException e) {
        return e.status() == 0 || e.status() == 429 || e.status() >= 500;
    }
}
