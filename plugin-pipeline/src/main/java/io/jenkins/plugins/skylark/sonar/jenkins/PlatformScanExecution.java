package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.build.jenkins.PlatformBuildAction;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.platform.BuildTool;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.release.Durations;
import io.jenkins.plugins.skylark.sonar.GateCheck;
import io.jenkins.plugins.skylark.sonar.PendingScan;
import io.jenkins.plugins.skylark.sonar.ReportTask;
import io.jenkins.plugins.skylark.sonar.SonarClient;
import io.jenkins.plugins.skylark.steps.jenkins.TimerStepExecution;
import io.jenkins.plugins.skylark.webhook.GateWait;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookInboxes;
import java.time.Instant;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs {@link PlatformScanStep}: checks the call, runs the analysis on the agent (a background thread), then
 * waits for the gate on Jenkins' timer, no thread held between ticks: each tick looks in the webhook inbox and,
 * after the grace, polls SonarQube with backoff ({@link GateCheck}). Saved state: the checked plan, the pending
 * task and the {@link GateWait} (plain serialisable values, no token), so after a controller restart
 * {@link #onResume()} continues the wait where it was, or analyses again if the restart cut the analysis off.
 */
public final class PlatformScanExecution extends TimerStepExecution {
    private static final long serialVersionUID = 1L;

    private final transient PlatformScanStep step;
    private ScanPlan plan;
    private volatile PendingScan pending;
    private volatile GateWait wait;
    private volatile String lastProblem;

    PlatformScanExecution(StepContext context, PlatformScanStep step) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        ResolvedPlatformContext platform = PlatformContexts.require(getContext(), PlatformScanStep.FUNCTION_NAME);
        plan = ScanSetup.plan(step, SkylarkConfiguration.get().getModel(), platform.projectId(),
                getContext().get(EnvVars.class), lastBuildTool(getContext().get(Run.class)));
        run(this::analyze);
        return false;
    }

    /** The tool of the build's last {@code platformBuild}, whose test and coverage reports the scan passes on. */
    private static BuildTool lastBuildTool(Run<?, ?> run) {
        PlatformBuildAction builds = run.getAction(PlatformBuildAction.class);
        if (builds == null || builds.getBuilds().isEmpty()) {
            return null;
        }
        List<PlatformBuildAction.BuildEntry> all = builds.getBuilds();
        return BuildTool.parse(all.get(all.size() - 1).getTool());
    }

    private void analyze() throws Exception {
        TaskListener listener = getContext().get(TaskListener.class);
        listener.getLogger().println(Messages.get("PlatformScan.analysing", plan.request().projectKey(),
                plan.request().serverUrl()));
        ScanCallable callable = new ScanCallable(plan.request(), token(),
                ExtensionList.lookupSingleton(PlatformScanStep.DescriptorImpl.class).analyzer(), listener);
        ReportTask report = getContext().get(FilePath.class).act(callable);
        pending = PendingScan.of(plan.request().serverUrl(), plan.request().projectKey(), report);
        wait = GateWait.start(Instant.now(), plan.webhookGrace(), plan.timeout());
        listener.getLogger().println(Messages.get("PlatformScan.waiting", pending.taskId(), pending.dashboardUrl(),
                Durations.format(plan.webhookGrace()), Durations.format(plan.timeout())));
        getContext().saveState().get();
        schedule();
    }

    private void schedule() {
        runAt(wait.nextCheck(Instant.now()), this::tick);
    }

    private void tick() throws Exception {
        GateCheck check = new GateCheck(WebhookInboxes.controller(), new SonarClient(pending.serverUrl(), token()));
        GateCheck.Outcome outcome = check.tick(pending, wait, Instant.now(), lastProblem);
        if (outcome instanceof GateCheck.Waiting waiting) {
            boolean changed = waiting.next() != wait;
            wait = waiting.next();
            lastProblem = waiting.problem() != null ? waiting.problem() : lastProblem;
            if (waiting.note() != null) {
                getContext().get(TaskListener.class).getLogger().println(waiting.note());
            }
            if (changed) {
                getContext().saveState();
            }
            schedule();
        } else if (outcome instanceof GateCheck.Failed failed) {
            throw new AbortException(failed.message());
        } else {
            GateOutcome.finish(getContext(), plan, ((GateCheck.Done) outcome).result());
        }
    }

    /** The token, looked up again each time it is needed: it is never part of the saved state. */
    private String token() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        return PlatformCredentials.require(plan.credentialsId(), StringCredentials.class, run,
                Messages.get("PlatformScan.tokenPurpose", plan.serverId())).getSecret().getPlainText();
    }

    @Override
    public void onResume() {
        if (pending == null) {
            run(() -> {
                getContext().get(TaskListener.class).getLogger().println(Messages.get("PlatformScan.resumedAnalysis"));
                analyze();
            });
            return;
        }
        run(() -> getContext().get(TaskListener.class).getLogger().println(
                Messages.get("PlatformScan.resumedWait", pending.taskId(), wait.deadline())));
        schedule();
    }

    /** The analysis on the agent holds a restart back: resuming would run it all again. */
    @Override
    protected boolean backgroundWorkBlocksRestart() {
        return pending == null;
    }

    @Override
    public String getStatus() {
        PendingScan scan = pending;
        return scan == null ? super.getStatus() : "waiting for the quality gate of SonarQube task " + scan.taskId();
    }
}
