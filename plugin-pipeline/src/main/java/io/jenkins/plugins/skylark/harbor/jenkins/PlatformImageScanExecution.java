package io.jenkins.plugins.skylark.harbor.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.harbor.HarborClient;
import io.jenkins.plugins.skylark.harbor.HarborException;
import io.jenkins.plugins.skylark.harbor.ScanGate;
import io.jenkins.plugins.skylark.harbor.ScanOverview;
import io.jenkins.plugins.skylark.harbor.ScanSession;
import io.jenkins.plugins.skylark.harbor.Severity;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.release.Durations;
import io.jenkins.plugins.skylark.steps.jenkins.TimerStepExecution;
import io.jenkins.plugins.skylark.webhook.GateWait;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookInboxes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@link PlatformImageScanStep}: everything is resolved and checked on the controller in {@link #start()},
 * then the scan is triggered or joined and each check runs on Jenkins' timer, no thread held in between, as the
 * {@code sleep} step does. The target, gate and session are the saved state (no secret), so after a controller
 * restart the wait goes on where it was, deliveries that arrived meanwhile being in the file inbox.
 */
public final class PlatformImageScanExecution extends TimerStepExecution {
    private static final long serialVersionUID = 1L;

    private final transient PlatformImageScanStep step;
    private HarborTarget target;
    private ScanGate gate;
    private boolean unstable;
    private ScanSession session;
    private transient volatile HarborClient client;

    PlatformImageScanExecution(StepContext context, PlatformImageScanStep step) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        Duration timeout = timeout(step.getTimeout());
        try {
            gate = new ScanGate(Severity.parse(step.getSeverity()), step.getMaxCount());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        unstable = step.isUnstable();
        target = HarborTarget.resolve(SkylarkConfiguration.get().getModel(),
                PlatformContexts.require(getContext(), PlatformImageScanStep.FUNCTION_NAME),
                getContext().get(EnvVars.class), step.getImage(), step.getApplication());
        session = ImageScans.session(target, timeout);
        run(this::begin);
        return false;
    }

    static Duration timeout(String text) throws AbortException {
        if (text == null) {
            return GateWait.DEFAULT_TIMEOUT;
        }
        Optional<Duration> parsed = Durations.parse(text).filter(d -> !d.isZero());
        if (parsed.isEmpty()) {
            throw new AbortException(Messages.get("Scan.timeout", text));
        }
        return parsed.get();
    }

    private void begin() throws Exception {
        Optional<ScanOverview> done;
        try {
            done = session.begin(client(), Instant.now(), this::log);
        } catch (HarborException e) {
            throw new AbortException(e.getMessage());
        }
        getContext().saveState().get();
        next(done);
    }

    private void next(Optional<ScanOverview> done) throws Exception {
        if (done.isPresent()) {
            getContext().onSuccess(ImageScans.finish(target, session, done.get(), gate, unstable,
                    getContext().get(Run.class), getContext().get(EnvVars.class),
                    getContext().get(TaskListener.class)));
            return;
        }
        runAt(session.nextCheck(Instant.now()), this::checked);
    }

    /** A tick; Harbor's refusal or the timeout ends the step with the message (never a stack trace). */
    private void checked() throws Exception {
        Optional<ScanOverview> done;
        try {
            done = session.tick(client(), WebhookInboxes.controller(), Instant.now(), this::log);
        } catch (HarborException e) {
            throw new AbortException(e.getMessage());
        }
        next(done);
    }

    private HarborClient client() throws Exception {
        HarborClient current = client;
        if (current == null) {
            current = ImageScans.client(target, getContext().get(Run.class));
            client = current;
        }
        return current;
    }

    private void log(String line) {
        try {
            getContext().get(TaskListener.class).getLogger().println(line);
        } catch (Exception e) {
            // the log is gone only when the build is; the step ends anyway
        }
    }

    @Override
    public void onResume() {
        if (session.begun()) {
            run(() -> {
                log(Messages.get("Scan.resumed", session.artifact().describe()));
                checked();
            });
        } else {
            run(this::begin);
        }
    }

    @Override
    public String getStatus() {
        return session == null || !session.begun() ? super.getStatus()
                : "waiting for Harbor's scan of " + session.artifact().describe();
    }
}
