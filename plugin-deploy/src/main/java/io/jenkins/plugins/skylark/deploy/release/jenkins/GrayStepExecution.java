package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@link GrayStep}: builds its call on the controller, runs it on the workspace's agent, and returns
 * what the call says to the Jenkinsfile. Survives a controller restart (see {@link GrayExecution}): the cluster
 * login is looked up again for each run.
 */
public final class GrayStepExecution extends GrayExecution<GrayStep, GrayCall> {
    private static final long serialVersionUID = 1L;

    GrayStepExecution(StepContext context, GrayStep step) {
        super(context, step);
    }

    @Override
    GrayCall call(GrayStep step, String function) throws Exception {
        return GrayRuns.call(getContext(), step, function);
    }

    @Override
    ReleaseTarget target(GrayCall call) {
        return call.target();
    }

    @Override
    void perform(String function, GrayCall call) throws Exception {
        getContext().onSuccess(call.summary(GrayRuns.act(getContext(), function, call)));
    }
}
