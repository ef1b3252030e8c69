package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.cluster.KubernetesClients;
import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseLockedException;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayCall.GrayAnswer;
import java.io.File;
import java.io.PrintStream;
import java.time.Clock;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs one {@link GrayCall} where the workspace is, so the cluster is reached from the agent's network zone
 * with the credential in memory only. Progress goes to the build's console as it happens; refusals (lock
 * held, bad input, an operation the router cannot do) come back as {@link AbortException}s with their message.
 */
final class GrayCallable extends MasterToSlaveFileCallable<GrayAnswer> {
    private static final long serialVersionUID = 1L;

    private final ClusterAccess access;
    private final GrayCall call;
    private final Holders holders;
    private final DeployTarget delivery;
    private final TaskListener listener;

    /** {@code delivery}: the project, environment and build the release's delivery events name. */
    GrayCallable(ClusterAccess access, GrayCall call, Holders holders, DeployTarget delivery, TaskListener listener) {
        this.access = access;
        this.call = call;
        this.holders = holders;
        this.delivery = delivery;
        this.listener = listener;
    }

    @Override
    public GrayAnswer invoke(File workspace, VirtualChannel channel) throws AbortException {
        PrintStream console = listener.getLogger();
        try (KubernetesClient client = KubernetesClients.create(access)) {
            return call.run(new GrayReleaseEngine(client, console::println, Clock.systemUTC(), holders).withDelivery(delivery));
        } catch (KubernetesClientException e) {
            throw new AbortException(Messages.get("GrayCallable.clusterError", call.target().application(),
                    access.apiUrl(), e.getMessage()));
        } catch (ReleaseLockedException | IllegalArgumentException | IllegalStateException
                | UnsupportedOperationException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
