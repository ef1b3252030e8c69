package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.deploy.DeployEngine;
import io.jenkins.plugins.skylark.deploy.Progress;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.rollout.RollbackException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs one half of an engine call where the workspace is, so the cluster is reached from the agent's
 * network zone and manifests are read there: the writes when {@code applied} is {@code null}, else the
 * wait for what they wrote. Progress goes to the build's console as it happens. Engine refusals come back
 * as {@link AbortException}s carrying only their message.
 */
final class EngineCallable extends MasterToSlaveFileCallable<Progress> {
    private static final long serialVersionUID = 1L;

    private final ClusterAccess access;
    private final EngineCall call;
    private final Progress.Applied applied;
    private final TaskListener listener;

    EngineCallable(ClusterAccess access, EngineCall call, Progress.Applied applied, TaskListener listener) {
        this.access = access;
        this.call = call;
        this.applied = applied;
        this.listener = listener;
    }

    @Override
    public Progress invoke(File workspace, VirtualChannel channel) throws IOException {
        PrintStream console = listener.getLogger();
        try (DeployEngine engine = DeployEngine.connect(access, console::println)) {
            try {
                return applied == null ? call.apply(engine, workspace.toPath())
                        : new Progress.Finished(call.await(engine, applied));
            } catch (KubernetesClientException e) {
                throw new AbortException(Messages.get("EngineCallable.clusterError", call.application(), access.apiUrl(),
                        engine.describe(e)));
            }
        } catch (IllegalArgumentException | RollbackException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
