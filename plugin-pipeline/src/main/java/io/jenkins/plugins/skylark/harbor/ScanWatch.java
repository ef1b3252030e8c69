package io.jenkins.plugins.skylark.harbor;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Watches one artifact's scan to its end. {@link #start} reads the artifact and triggers a scan unless one is
 * running or a report already exists; afterwards each {@link #check} looks at the webhook delivery for the digest
 * (if any) and, when the wait policy says so, asks Harbor. Serializable (no client inside) so a waiting step
 * can be saved and resumed.
 */
public final class ScanWatch implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Clock skew allowed between Harbor's {@code occur_at} and ours before a delivery counts as an old scan's. */
    private static final long SKEW_SECONDS = 5;

    private final ArtifactRef artifact;
    private final long startedAtMillis;
    private ScanStatus lastStatus = ScanStatus.NOT_SCANNED;

    public ScanWatch(ArtifactRef artifact, Instant startedAt) {
        this.artifact = artifact;
        this.startedAtMillis = startedAt.toEpochMilli();
    }

    public ArtifactRef artifact() {
        return artifact;
    }

    public Instant startedAt() {
        return Instant.ofEpochMilli(startedAtMillis);
    }

    /** The status last seen, for the timeout message. */
    public ScanStatus lastStatus() {
        return lastStatus;
    }

    /**
     * Reads the artifact; a finished report ends the watch at once, a running scan is waited for, otherwise (none,
     * or one that ended in an error or was stopped) a scan is triggered.
     *
     * @param log receives one line about what was found or done
     * @return the finished scan, or empty to wait
     */
    public Optional<ScanOverview> start(HarborClient client, Consumer<String> log)
            throws HarborException, InterruptedException {
        ScanOverview overview = client.artifact(artifact).overview();
        lastStatus = overview.status();
        if (overview.status() == ScanStatus.SUCCESS) {
            log.accept(Messages.format("ScanWatch.reportExists", artifact.describe(), overview.scanner()));
            return Optional.of(overview);
        }
        if (overview.status().inProgress()) {
            log.accept(Messages.format("ScanWatch.running", artifact.describe(), overview.status().harborName()));
            return Optional.empty();
        }
        client.scan(artifact);
        lastStatus = ScanStatus.PENDING;
        log.accept(Messages.format("ScanWatch.triggered", artifact.describe()));
        return Optional.empty();
    }

    /**
     * One look: the webhook delivery for the digest first (ignored when it tells a scan that ended before this
     * watch started), then Harbor when {@code poll}.
     *
     * @param delivery the stored webhook payload for the digest, if any
     * @return the finished scan (successful or not), or empty to keep waiting
     */
    public Optional<ScanOverview> check(Optional<String> delivery, boolean poll, HarborClient client)
            throws HarborException, InterruptedException {
        Optional<ScanOverview> notified = delivery.flatMap(this::fromWebhook);
        if (notified.isPresent() && notified.get().status() != ScanStatus.NOT_SCANNED) {
            return notified;
        }
        // a completed event without a report in it (another payload format) means: ask Harbor now
        if (!poll && notified.isEmpty()) {
            return Optional.empty();
        }
        ScanOverview overview = client.artifact(artifact).overview();
        lastStatus = overview.status();
        return overview.status().inProgress() || overview.status() == ScanStatus.NOT_SCANNED ? Optional.empty()
                : Optional.of(overview);
    }

    private Optional<ScanOverview> fromWebhook(String json) {
        HarborWebhookEvent event;
        try {
            event = HarborWebhookEvent.parse(json);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the endpoint stores only payloads it could read; nothing to learn otherwise
        }
        if (event.occurredAt() != null
                && event.occurredAt().plusSeconds(SKEW_SECONDS).toEpochMilli() < startedAtMillis) {
            return Optional.empty();
        }
        Optional<ScanOverview> overview = event.scanOf(artifact.digest());
        overview.filter(found -> found.status() != ScanStatus.NOT_SCANNED).ifPresent(found -> lastStatus = found.status());
        return overview;
    }

    /** Why a finished scan cannot be gated, or empty when it succeeded. */
    public Optional<String> failure(ScanOverview overview) {
        return overview.status() == ScanStatus.SUCCESS ? Optional.empty()
                : Optional.of(Messages.format("ScanWatch.ended", artifact.describe(), overview.status().harborName()));
    }

    /** The message when the wait's total timeout is reached. */
    public String timeoutMessage(String timeout) {
        return Messages.format("ScanWatch.timeout", artifact.describe(), timeout, lastStatus.harborName());
    }
}
