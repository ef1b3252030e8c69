package io.jenkins.plugins.skylark.harbor.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harbor.HarborClient;
import io.jenkins.plugins.skylark.harbor.HarborException;
import io.jenkins.plugins.skylark.harbor.ScanGate;
import io.jenkins.plugins.skylark.harbor.ScanOverview;
import io.jenkins.plugins.skylark.harbor.ScanResult;
import io.jenkins.plugins.skylark.harbor.ScanSession;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.webhook.GateWait;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookInboxes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code platformImageScan} and {@code platformImage(scan: true)} share: the session's start, the blocking wait
 * of the latter, and the end: gate, log, build page, {@code IMAGE_SCANNED} event, then failure or UNSTABLE.
 */
final class ImageScans {
    private ImageScans() {
    }

    /** A session for {@code target}: webhook grace only when its registry takes webhooks. */
    static ScanSession session(HarborTarget target, Duration timeout) throws AbortException {
        ImageRegistry registry = HarborAccess.registry(SkylarkConfiguration.get().getModel(), target.registryId());
        Duration grace = registry.webhookSecretId() == null ? Duration.ZERO : GateWait.DEFAULT_GRACE;
        return new ScanSession(target.artifact(), grace, timeout, Instant.now());
    }

    static HarborClient client(HarborTarget target, Run<?, ?> run) throws AbortException {
        return HarborAccess.client(HarborAccess.registry(SkylarkConfiguration.get().getModel(), target.registryId()),
                target.credentialsId(), run);
    }

    /** Begins and waits on this thread until the scan ends, failing at the session's timeout. */
    static ScanOverview await(ScanSession session, HarborClient client, TaskListener listener)
            throws AbortException, InterruptedException {
        try {
            Optional<ScanOverview> done = session.begin(client, Instant.now(), listener.getLogger()::println);
            while (done.isEmpty()) {
                Duration pause = Duration.between(Instant.now(), session.nextCheck(Instant.now()));
                Thread.sleep(Math.max(0, pause.toMillis()));
                done = session.tick(client, WebhookInboxes.controller(), Instant.now(), listener.getLogger()::println);
            }
            return done.get();
        } catch (HarborException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /**
     * The end of a scan: a scan that ended in an error fails; otherwise the gate's verdict goes to the log, the
     * build page and the delivery events, then a failed gate fails the step or, with {@code unstable}, marks the
     * build UNSTABLE.
     *
     * @return the step's result map
     */
    static Map<String, Object> finish(HarborTarget target, ScanSession session, ScanOverview overview, ScanGate gate,
            boolean unstable, Run<?, ?> run, EnvVars env, TaskListener listener)
            throws AbortException, InterruptedException {
        Optional<String> failure = session.failure(overview);
        if (failure.isPresent()) {
            throw new AbortException(failure.get());
        }
        ScanResult result = new ScanResult(target.artifact(), overview, gate);
        listener.getLogger().println(result.summary());
        ImageScansAction.record(run, result);
        publish(target, result, run, env, listener);
        if (!result.passed()) {
            if (!unstable) {
                throw new AbortException(result.summary());
            }
            run.setResult(Result.UNSTABLE);
            listener.getLogger().println(Messages.get("Scan.unstable"));
        }
        return result.toMap();
    }

    private static void publish(HarborTarget target, ScanResult result, Run<?, ?> run, EnvVars env,
            TaskListener listener) throws InterruptedException {
        if (target.applicationId() == null) {
            listener.getLogger().println(Messages.get("Scan.noApplication", target.artifact().reference()));
            return;
        }
        String version = target.artifact().reference();
        DeliveryEventListener.publish(new DeliveryEvent(
                DeliveryEventListener.keyFor(run, DeliveryEventType.IMAGE_SCANNED, target.applicationId(),
                        target.environmentId(), version),
                DeliveryEventType.IMAGE_SCANNED, target.projectId(), target.applicationId(), target.environmentId(),
                Instant.now(), version, env.get("GIT_COMMIT"), env.get("BUILD_URL"), result.eventAttributes()),
                run, null, listener);
    }
}
