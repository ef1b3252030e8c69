package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs an {@link EngineStep}: builds its call on the controller, runs it on the workspace's agent, then
 * publishes the delivery events and fails the build with the engine's message when the call failed.
 */
public final class EngineStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    /** Not kept across a restart: this kind of execution does not resume (see {@link #onResume}). */
    private final transient EngineStep step;

    EngineStepExecution(StepContext context, EngineStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        String function = step.getDescriptor().getFunctionName();
        ResolvedPlatformContext platform = PlatformContexts.require(context, function);
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        FilePath workspace = context.get(FilePath.class);
        EnvVars environment = context.get(EnvVars.class);
        String commitId = environment.get("GIT_COMMIT");
        EngineCall call = call(new CallScope(function, platform, SkylarkConfiguration.get().getModel(),
                environment.get("BUILD_URL"), commitId));
        DeployResult result = workspace.act(new EngineCallable(ClusterLogins.access(platform, run), call, listener));
        DeliveryPublisher.publish(result, run, workspace, listener, commitId);
        if (!result.succeeded()) {
            throw new AbortException(result.message());
        }
        return StepInputs.summary(result);
    }

    private EngineCall call(CallScope scope) throws AbortException {
        try {
            return step.call(scope);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
