package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayCall.GrayAnswer;
import io.jenkins.plugins.skylark.steps.jenkins.TimerStepExecution;
import java.time.Instant;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@link GrayPauseStep}: records the pause in the cluster, then (for a duration) saves the pause's end
 * and waits for it on Jenkins' timer, no thread held meanwhile, as the {@code sleep} step does; at the end the
 * release resumes. After a controller restart, {@link #onResume()} waits only for what is left of the pause
 * (none when it ended during the restart). Stopping the build cancels the wait and fails the step, so a
 * {@code grayRelease} can abort the release.
 */
public final class GrayPauseExecution extends TimerStepExecution {
    private static final long serialVersionUID = 1L;

    private final transient GrayPauseStep step;
    private String function;
    private GrayCall.Pause call;
    private Integer planStep;
    /** The pause's end, saved once it is recorded in the cluster; {@code null} before. */
    private volatile Instant until;

    GrayPauseExecution(StepContext context, GrayPauseStep step) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        function = step.getDescriptor().getFunctionName();
        call = (GrayCall.Pause) GrayRuns.call(getContext(), step, function);
        planStep = step.getPlanStep();
        run(this::record);
        return false;
    }

    private void record() throws Exception {
        GrayAnswer answer = GrayRuns.act(getContext(), function, call);
        if (call.pause().forApproval()) {
            getContext().onSuccess(call.summary(answer));
            return;
        }
        Instant end = answer.state().pausedUntil();
        until = end != null ? end : Instant.now().plus(call.pause().duration());
        log(Messages.get("GrayPauseExecution.waiting", call.target().application(),
                GrayMaps.duration(call.pause().duration()), until));
        getContext().saveState().get();
        schedule();
    }

    private void schedule() {
        runAt(until, this::end);
    }

    private void end() throws Exception {
        GrayCall.Resume resume = new GrayCall.Resume(call.target(), planStep);
        getContext().onSuccess(resume.summary(GrayRuns.act(getContext(), function, resume)));
    }

    @Override
    public void onResume() {
        if (until == null) {
            run(() -> {
                log(Messages.get("GrayStepExecution.resumed", function, call.target().application()));
                record();
            });
            return;
        }
        run(() -> log(Messages.get("GrayPauseExecution.resumed", call.target().application(), until)));
        schedule();
    }

    @Override
    public String getStatus() {
        return until == null ? super.getStatus() : "paused until " + until;
    }

    private void log(String line) throws Exception {
        getContext().get(TaskListener.class).getLogger().println(line);
    }
}
