package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.cluster.KubernetesClients;
import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisResult;
import io.jenkins.plugins.skylark.deploy.release.analysis.Analyzer;
import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusClient;
import io.jenkins.plugins.skylark.deploy.release.analysis.Sleeper;
import io.jenkins.plugins.skylark.deploy.release.analysis.Verdict;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import java.io.File;
import java.io.PrintStream;
import java.time.Clock;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs an analysis where the workspace is: Prometheus is queried from the agent's network zone with the
 * credential in memory only, then the result is recorded in the release state (and, when it succeeded, the
 * plan's step as done). Returns the result; the step leaves acting on it to the pipeline.
 */
final class AnalyzeCallable extends MasterToSlaveFileCallable<AnalysisResult> {
    private static final long serialVersionUID = 1L;

    private final ClusterAccess access;
    private final AnalyzeCall call;
    private final PrometheusLogin login;
    private final DeployTarget delivery;
    private final TaskListener listener;

    AnalyzeCallable(ClusterAccess access, AnalyzeCall call, PrometheusLogin login, DeployTarget delivery,
            TaskListener listener) {
        this.access = access;
        this.call = call;
        this.login = login;
        this.delivery = delivery;
        this.listener = listener;
    }

    @Override
    public AnalysisResult invoke(File workspace, VirtualChannel channel) throws AbortException, InterruptedException {
        PrintStream console = listener.getLogger();
        AnalysisResult result;
        try {
            PrometheusClient prometheus = PrometheusClient.create(call.prometheusUrl(), login.auth());
            result = new Analyzer(prometheus, Sleeper.THREAD, Clock.systemUTC()).run(call.template(),
                    call.placeholders(), console::println);
        } catch (IllegalArgumentException e) { // also InvalidAnalysisException
            throw new AbortException(e.getMessage());
        }
        try (KubernetesClient client = KubernetesClients.create(access)) {
            GrayReleaseEngine engine = new GrayReleaseEngine(client, console::println, Clock.systemUTC(), Holders.none())
                    .withDelivery(delivery);
            engine.recordAnalysis(call.target(), new ReleaseState.AnalysisRecord(result.analysis(),
                    result.verdict().name(), result.reason(), Clock.systemUTC().instant()));
            if (result.verdict() == Verdict.SUCCESSFUL) {
                GrayCall.done(engine, call.target(), call.step(), null);
            }
        }
        return result;
    }
}
