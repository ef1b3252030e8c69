package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.approval.jenkins.ApprovalGate;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.jenkins.ClusterLogins;
import io.jenkins.plugins.skylark.deploy.jenkins.DeliveryPublisher;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayCall.GrayAnswer;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The controller's side of a gray step, shared by its executions: builds the call (after the approval gate
 * for steps that move traffic), runs it on the workspace's agent, records the release on the build page and
 * publishes the delivery events of a release that ended.
 */
final class GrayRuns {
    private GrayRuns() {
    }

    /** The call for {@code step} in {@code context}; bad arguments and a missing approval as {@link AbortException}s. */
    static GrayCall call(StepContext context, GrayStep step, String function) throws IOException, InterruptedException {
        ResolvedPlatformContext platform = PlatformContexts.require(context, function);
        if (step.movesTraffic()) {
            ApprovalGate.check(context.get(Run.class), platform, function);
        }
        try {
            return step.call(new GrayScope(function, platform, SkylarkConfiguration.get().getModel(),
                    context.get(EnvVars.class).get("BUILD_URL"), context.get(FilePath.class)));
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** Runs {@code call} on the agent and records what it did in the build. */
    static GrayAnswer act(StepContext context, String function, GrayCall call) throws IOException, InterruptedException {
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        FilePath workspace = context.get(FilePath.class);
        ResolvedPlatformContext platform = PlatformContexts.require(context, function);
        ClusterAccess access = ClusterLogins.access(platform, run);
        String buildUrl = context.get(EnvVars.class).get("BUILD_URL");
        DeployTarget delivery = StepInputs.target(platform, function, buildUrl);
        Holders holders = Holders.none();
        if (call instanceof GrayCall.Start) {
            // the agent cannot ask Jenkins whether the build holding a leftover release still runs: ask first
            GrayAnswer before = workspace.act(new GrayCallable(access, new GrayCall.Status(call.target()), holders,
                    delivery, listener));
            holders = Holders.asked(before.state() == null ? null : before.state().buildUrl(), buildUrl);
        }
        GrayAnswer answer = workspace.act(new GrayCallable(access, call, holders, delivery, listener));
        if (answer.state() != null) {
            ReleaseHistoryAction.record(run, platform.projectId(), platform.environmentId(), answer.state());
        }
        if (answer.outcome() != null && answer.outcome().result() != null) {
            DeliveryPublisher.publish(answer.outcome().result(), run, workspace, listener,
                    context.get(EnvVars.class).get("GIT_COMMIT"));
        }
        return answer;
    }
}
