package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@link GrayStep}: builds its call on the controller, runs it on the workspace's agent, and returns
 * what the call says to the Jenkinsfile. Survives a controller restart: the call is its whole saved state (no
 * secret: the cluster login is looked up again) and {@link #onResume()} makes it again, which the engine
 * allows since every call works from the release state in the cluster.
 */
public final class GrayStepExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;

    /** Only needed to build {@link #call} in {@link #start()}. */
    private final transient GrayStep step;
    private String function;
    private GrayCall call;

    GrayStepExecution(StepContext context, GrayStep step) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        function = step.getDescriptor().getFunctionName();
        call = GrayRuns.call(getContext(), step, function);
        run(this::perform);
        return false;
    }

    /** Not the inherited behaviour, which fails a step whose background work was cut off by the restart. */
    @Override
    public void onResume() {
        run(() -> {
            getContext().get(TaskListener.class).getLogger().println(
                    Messages.get("GrayStepExecution.resumed", function, call.target().application()));
            perform();
        });
    }

    @Override
    public boolean blocksRestart() {
        return false;
    }

    private void perform() throws Exception {
        getContext().onSuccess(call.summary(GrayRuns.act(getContext(), function, call)));
    }
}
