package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import java.io.Serializable;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * What the gray steps' executions share: the call is built once on the controller in {@link #start()} and is,
 * with the step's function name, the whole saved state (no secret); {@link #onResume()} says so in the log and
 * runs the call again, which is safe since every call works from the release state in the cluster.
 *
 * @param <S> the step, only needed to build the call
 * @param <C> the call, saved by River with the execution
 */
abstract class GrayExecution<S extends Step, C extends Serializable> extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;

    /** Only needed to build {@link #call} in {@link #start()}. */
    private final transient S step;
    private String function;
    private C call;

    GrayExecution(StepContext context, S step) {
        super(context);
        this.step = step;
    }

    /** Builds the call on the controller (the step's arguments, the platform context, the model). */
    abstract C call(S step, String function) throws Exception;

    /** The release the call is about, named in the log when it runs again after a restart. */
    abstract ReleaseTarget target(C call);

    /** Runs the call (on the agent) and completes the step; runs again after a restart. */
    abstract void perform(String function, C call) throws Exception;

    @Override
    public final boolean start() throws Exception {
        function = step.getDescriptor().getFunctionName();
        call = call(step, function);
        run(() -> perform(function, call));
        return false;
    }

    /** Not the inherited behaviour, which fails a step whose background work was cut off by the restart. */
    @Override
    public final void onResume() {
        run(() -> {
            getContext().get(TaskListener.class).getLogger().println(
                    Messages.get("GrayStepExecution.resumed", function, target(call).application()));
            perform(function, call);
        });
    }

    @Override
    public final boolean blocksRestart() {
        return false;
    }
}
