package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.approval.jenkins.ApprovalGate;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.Progress;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs an {@link EngineStep}: builds its call on the controller, runs its writes on the workspace's agent,
 * saves what they wrote, runs the wait there too, then publishes the delivery events and fails the build
 * with the engine's message when the call failed. Survives a controller restart: the call and the
 * writes' checkpoint are its whole saved state (no secret: the cluster login is looked up again), and
 * {@link #onResume()} applies again (idempotent) or, when the writes were saved, only waits again; a
 * rollback whose writes were not saved stops with a clear message rather than risk rolling back twice.
 */
public final class EngineStepExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;

    /** Only needed to build {@link #call} in {@link #start()}. */
    private final transient EngineStep step;
    private String function;
    private EngineCall call;
    /** Set once the writes are done, and saved before the wait begins. */
    private volatile Progress.Applied applied;

    EngineStepExecution(StepContext context, EngineStep step) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        StepContext context = getContext();
        function = step.getDescriptor().getFunctionName();
        EnvVars environment = context.get(EnvVars.class);
        // before anything is resolved or applied: a protected environment needs this build's approval
        ApprovalGate.check(context.get(Run.class), PlatformContexts.require(context, function), function);
        call = call(new CallScope(function, PlatformContexts.require(context, function),
                SkylarkConfiguration.get().getModel(), environment.get("BUILD_URL"), environment.get("GIT_COMMIT")));
        run(this::perform);
        return false;
    }

    /** Not the inherited behaviour, which fails a step whose background work was cut off by the restart. */
    @Override
    public void onResume() {
        run(() -> {
            if (applied == null && !call.appliesAgainSafely()) {
                throw new AbortException(Messages.get("EngineStepExecution.resumedUnsure", function, call.application()));
            }
            String key = applied == null ? "EngineStepExecution.resumedApply" : "EngineStepExecution.resumedAwait";
            getContext().get(TaskListener.class).getLogger().println(Messages.get(key, function, call.application()));
            perform();
        });
    }

    /** A safe restart need not wait for a rollout: the step picks it up again afterwards. */
    @Override
    public boolean blocksRestart() {
        return false;
    }

    private void perform() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        FilePath workspace = context.get(FilePath.class);
        ClusterAccess access = ClusterLogins.access(PlatformContexts.require(context, function), run);
        Progress progress = applied != null ? applied : workspace.act(new EngineCallable(access, call, null, listener));
        if (progress instanceof Progress.Applied written) {
            if (applied == null) {
                applied = written;
                context.saveState().get();
            }
            progress = workspace.act(new EngineCallable(access, call, written, listener));
        }
        DeployResult result = ((Progress.Finished) progress).result();
        DeliveryPublisher.publish(result, run, workspace, listener, context.get(EnvVars.class).get("GIT_COMMIT"));
        if (!result.succeeded()) {
            throw new AbortException(result.message());
        }
        context.onSuccess(call.summary(result));
    }

    private EngineCall call(CallScope scope) throws AbortException {
        try {
            return step.call(scope);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
