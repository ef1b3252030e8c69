package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.deploy.cluster.ApiCallRecorder;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterFailures;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterRetry;
import io.jenkins.plugins.skylark.deploy.cluster.KubernetesClients;
import io.jenkins.plugins.skylark.deploy.expose.ExposeRequest;
import io.jenkins.plugins.skylark.deploy.manifest.ManifestFiles;
import io.jenkins.plugins.skylark.deploy.manifest.ManifestSource;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entry point of the deploy core. A Jenkins step calls it from its file callable:
 * <pre>{@code
 * try (DeployEngine engine = DeployEngine.connect(access, listener.getLogger()::println)) {
 *     return engine.deploy(request, workspace);
 * }
 * }</pre>
 * Bad input (manifests, image, fields) throws {@link IllegalArgumentException} — an
 * {@link io.jenkins.plugins.skylark.deploy.manifest.InvalidManifestException} for manifests — before
 * anything is written to the cluster. Rollout failures do not throw: the result says what happened
 * and carries the delivery events to publish, and the caller fails the build with its message.
 * Each operation also comes in two halves, {@code apply…} (the writes) and {@code await…} (the wait),
 * for a caller that must survive a restart in between (see {@link Progress}).
 */
public final class DeployEngine implements AutoCloseable {
    private final KubernetesClient client;
    private final Consumer<String> log;
    private final Clock clock;
    private final ApiCallRecorder calls;

    public DeployEngine(KubernetesClient client, Consumer<String> log, Clock clock) {
        this(client, log, clock, new ApiCallRecorder());
    }

    private DeployEngine(KubernetesClient client, Consumer<String> log, Clock clock, ApiCallRecorder calls) {
        this.client = client;
        this.log = log;
        this.clock = clock;
        this.calls = calls;
    }

    /** An engine with its own client for {@code access}; closing the engine closes the client. */
    public static DeployEngine connect(ClusterAccess access, Consumer<String> log) {
        return connect(access, log, ClusterRetry.DEFAULT);
    }

    /** The same, with fabric8 retrying failed calls as {@code retry} says. */
    public static DeployEngine connect(ClusterAccess access, Consumer<String> log, ClusterRetry retry) {
        ApiCallRecorder calls = new ApiCallRecorder();
        return new DeployEngine(KubernetesClients.create(access, retry, calls), log, Clock.systemUTC(), calls);
    }

    /**
     * One sentence on why the cluster API failed a call of this engine, such as "the cluster API answered
     * 503 ServiceUnavailable to GET …/deployments, 11 attempts over 20.4 s", instead of fabric8's dump.
     */
    public String describe(KubernetesClientException failure) {
        return ClusterFailures.describe(failure, calls);
    }

    /** Deploys the manifest files and folders the request names, relative to {@code workspace}. */
    public DeployResult deploy(DeployRequest request, Path workspace) {
        return apply(request, workspace).then(applied -> await(request, applied));
    }

    /** Deploys manifests given by content (the request's {@code manifests} paths are ignored). */
    public DeployResult deploy(DeployRequest request, List<ManifestSource> manifests) {
        DeployRun run = run();
        return run.apply(request, manifests).then(applied -> run.await(request, applied));
    }

    /** The writes of {@link #deploy(DeployRequest, Path)}: validates and applies, does not wait. */
    public Progress apply(DeployRequest request, Path workspace) {
        if (request.manifests().isEmpty()) {
            throw new IllegalArgumentException("deploy request field 'manifests' must not be empty");
        }
        return run().apply(request, ManifestFiles.read(workspace, request.manifests()));
    }

    /** The wait of a deploy whose writes {@code applied} describes: rollouts, rollback on failure, result. */
    public DeployResult await(DeployRequest request, Progress.Applied applied) {
        return run().await(request, applied);
    }

    private DeployRun run() {
        return new DeployRun(client, log, clock, this::describe);
    }

    /** Rolls the application's workloads back to {@code toRevision}, or to the previous one when 0. */
    public DeployResult rollback(DeployTarget target, String application, long toRevision, DeployOptions options) {
        return applyRollback(target, application, toRevision)
                .then(applied -> awaitRollback(target, application, applied, options));
    }

    public Progress applyRollback(DeployTarget target, String application, long toRevision) {
        return operations().rollback(target, application, toRevision);
    }

    public DeployResult awaitRollback(DeployTarget target, String application, Progress.Applied applied,
            DeployOptions options) {
        return operations().awaitRollback(target, application, applied, options);
    }

    /** Scales the application's Deployments and StatefulSets and waits until they are there. */
    public DeployResult scale(DeployTarget target, String application, int replicas, DeployOptions options) {
        return applyScale(target, application, replicas)
                .then(applied -> awaitScale(target, application, replicas, applied, options));
    }

    public Progress applyScale(DeployTarget target, String application, int replicas) {
        return operations().scale(target, application, replicas);
    }

    public DeployResult awaitScale(DeployTarget target, String application, int replicas, Progress.Applied applied,
            DeployOptions options) {
        return operations().awaitScale(target, application, replicas, applied, options);
    }

    /** Service update: sets {@code container}'s image, waits, and rolls back on failure. */
    public DeployResult updateImage(DeployTarget target, String application, String container, String image,
            DeployOptions options) {
        return applyImage(target, application, container, image, options)
                .then(applied -> awaitImage(target, application, container, applied, options));
    }

    public Progress applyImage(DeployTarget target, String application, String container, String image,
            DeployOptions options) {
        return operations().updateImage(target, application, container, image, options);
    }

    /** The writes of a service update of one named workload only; wait with {@link #awaitImage}. */
    public Progress applyImage(DeployTarget target, Workload workload, String container, String image,
            DeployOptions options) {
        return operations().updateImage(target, workload, container, image, options);
    }

    public DeployResult awaitImage(DeployTarget target, String application, String container, Progress.Applied applied,
            DeployOptions options) {
        return operations().awaitImage(target, application, container, applied, options);
    }

    /**
     * Load-balancer setup, the writes: the route (and Service) of a valid {@code request}, applied without
     * taking over another manager's fields. Refusals throw {@link IllegalArgumentException}.
     */
    public Progress applyExpose(ExposeRequest request) {
        return new ExposeOperations(client, log).expose(request);
    }

    /** The wait until the router serves what {@link #applyExpose} wrote; the result carries URL and address. */
    public DeployResult awaitExpose(Progress.Applied applied, DeployOptions options) {
        return new ExposeOperations(client, log).awaitExpose(applied, options);
    }

    /** Removes the route and Service an expose created for {@code application}, and nothing another tool made. */
    public DeployResult unexpose(DeployTarget target, String application) {
        return new ExposeOperations(client, log).unexpose(target, application);
    }

    private WorkloadOperations operations() {
        return new WorkloadOperations(client, log, clock);
    }

    @Override
    public void close() {
        client.close();
    }
}
