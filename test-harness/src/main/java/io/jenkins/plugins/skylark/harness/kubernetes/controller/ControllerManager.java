package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.harness.kubernetes.FailureInjection;
import io.jenkins.plugins.skylark.harness.kubernetes.SimulatedClock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs the fake cluster's controllers (deployment, replica set, stateful set, daemon set, scheduler + kubelet,
 * garbage collector, ingress and Gateway API) in one background thread: every tick it lists the objects through the API, as
 * kube-controller-manager does, and lets each controller take one step. Writes use optimistic concurrency;
 * a conflict just means the next tick tries again. Once the cluster has settled (a pass changed nothing, every
 * pod is ready and every ready pod available, so passing time changes nothing either) ticks skip their pass until
 * the store is written or a failure rule is set: an idle fake then costs no CPU, where listing everything 40 times
 * a second took most of a core.
 */
public final class ControllerManager implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ControllerManager.class.getName());

    private final KubernetesClient client;
    private final LongSupplier writes;
    private final FailureInjection failures;
    private final Duration tick;
    private final DeploymentController deployments;
    private final ReplicaSetController replicaSets;
    private final WorkloadControllers workloads;
    private final PodLifecycle pods;
    private final ObservationLag lag;
    private final ExposureControllers exposure;
    private final Stamps stamps = new Stamps();
    private final Thread thread;
    private volatile boolean running = true;
    private final AtomicLong passes = new AtomicLong();

    /**
     * @param client client of the fake API server
     * @param writes the API server's count of writes so far
     * @param clock simulated time
     * @param failures failure rules
     * @param timings container timings
     * @param tick pause between reconcile passes (real time)
     * @param observationLag how long (simulated) the workload controllers take to notice a workload's new
     *     generation; zero for at once
     * @param exposure the ingress controllers and the delay of the exposure controllers
     */
    public ControllerManager(KubernetesClient client, LongSupplier writes, SimulatedClock clock,
            FailureInjection failures, Timings timings, Duration tick, Duration observationLag,
            ExposureSettings exposure) {
        this.client = client;
        this.writes = writes;
        this.failures = failures;
        this.tick = tick;
        EventRecorder events = new EventRecorder(client);
        this.deployments = new DeploymentController(client, clock, events);
        this.replicaSets = new ReplicaSetController(client, events, new PodAvailability(clock));
        this.workloads = new WorkloadControllers(client, events);
        this.pods = new PodLifecycle(client, clock, failures, events, stamps, timings);
        this.lag = new ObservationLag(clock, observationLag);
        this.exposure = new ExposureControllers(client, clock, failures, exposure);
        this.thread = new Thread(this::loop, "fake-kubernetes-controllers");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        long settledAt = -1;
        while (running) {
            try {
                long before = writes.getAsLong();
                if (before != settledAt || failures.hasRules()) {
                    Pass pass = reconcile();
                    boolean changed = writes.getAsLong() != before;
                    settledAt = !changed && !pass.lagging() && !pass.exposing() && settled(pass.snapshot())
                            ? before : -1;
                }
            } catch (KubernetesClientException e) {
                LOG.log(Level.FINE, "reconcile pass interrupted, retrying next tick", e);
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "reconcile pass failed", e);
                }
            }
            sleep();
        }
    }

    /** One pass of every controller (public for tests that want to step deterministically). */
    public void reconcileOnce() {
        reconcile();
    }

    /** Reconcile passes run so far, by the background thread or {@link #reconcileOnce()}. */
    public long passes() {
        return passes.get();
    }

    /**
     * What one pass saw, whether it left a workload alone because of the observation lag, and whether an Ingress or
     * HTTPRoute still waits to be programmed.
     */
    private record Pass(Snapshot snapshot, boolean lagging, boolean exposing) {
    }

    private Pass reconcile() {
        passes.incrementAndGet();
        Snapshot snapshot = Snapshot.read(client);
        collectGarbage(snapshot);
        Snapshot noticed = lag.apply(snapshot);
        guarded(() -> deployments.reconcile(noticed));
        guarded(() -> replicaSets.reconcile(snapshot));
        guarded(() -> workloads.reconcile(noticed));
        guarded(() -> pods.reconcile(snapshot));
        return new Pass(snapshot, ObservationLag.pending(snapshot, noticed), exposing());
    }

    /**
     * Nothing left that time alone would move: no pod is starting, failing or terminating, and no replica set has
     * ready pods still waiting out their minReadySeconds.
     */
    private static boolean settled(Snapshot snapshot) {
        return snapshot.pods().stream().allMatch(p -> !PodFactory.isTerminating(p) && PodFactory.isReady(p))
                && snapshot.replicaSets().stream().allMatch(rs -> rs.getStatus() == null
                        || DeploymentController.orZero(rs.getStatus().getReadyReplicas())
                                == DeploymentController.available(rs));
    }

    private boolean exposing() {
        try {
            return exposure.reconcile();
        } catch (KubernetesClientException e) {
            LOG.log(Level.FINE, "exposure step skipped", e);
            return true;
        }
    }

    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (KubernetesClientException e) {
            // conflicts and races with clients are normal; the next pass sees the new state
            LOG.log(Level.FINE, "controller step skipped", e);
        }
    }

    /** Deletes objects whose controlling owner is gone (background cascading deletion). */
    private void collectGarbage(Snapshot s) {
        Set<String> owners = new HashSet<>();
        Stream.of(s.deployments(), s.replicaSets(), s.statefulSets(), s.daemonSets())
                .flatMap(List::stream).forEach(o -> owners.add(o.getMetadata().getUid()));
        Stream.of(s.replicaSets(), s.pods(), s.revisions()).flatMap(List::stream)
                .filter(o -> Snapshot.controllerOf(o).map(r -> !owners.contains(r.getUid())).orElse(false))
                .forEach(this::delete);
        Set<String> live = new HashSet<>();
        s.pods().forEach(p -> live.add(p.getMetadata().getUid()));
        stamps.retain(live);
    }

    private void delete(HasMetadata orphan) {
        guarded(() -> client.resource(orphan).inNamespace(orphan.getMetadata().getNamespace()).delete());
    }

    private void sleep() {
        try {
            Thread.sleep(tick.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
