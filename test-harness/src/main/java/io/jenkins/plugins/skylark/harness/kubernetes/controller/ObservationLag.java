package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jenkins.plugins.skylark.harness.kubernetes.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * How long (simulated time) the workload controllers take to notice a new generation of a workload, as a busy
 * kube-controller-manager with a long work queue does. Until then the workload is left alone, so its status
 * keeps the counts and {@code observedGeneration} written for the previous generation: what a client polling
 * right after a change reads.
 */
final class ObservationLag {

    private final SimulatedClock clock;
    private final Duration lag;
    /** Per uid: the newest generation seen and when it was first seen. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(Long generation, Instant at) {
    }

    ObservationLag(SimulatedClock clock, Duration lag) {
        this.clock = clock;
        this.lag = lag;
    }

    /**
     * The snapshot the workload controllers act on: without the workloads whose newest generation they have not
     * noticed yet.
     */
    Snapshot apply(Snapshot s) {
        if (lag.isZero()) {
            return s;
        }
        Instant now = clock.now();
        seen.keySet().retainAll(Stream.of(s.deployments(), s.statefulSets(), s.daemonSets()).flatMap(List::stream)
                .map(w -> w.getMetadata().getUid()).toList());
        return new Snapshot(noticed(s.deployments(), now), s.replicaSets(), noticed(s.statefulSets(), now),
                noticed(s.daemonSets(), now), s.revisions(), s.pods(), s.nodes());
    }

    /** Whether the controllers left some workload alone in {@code acted}, the result of {@link #apply}. */
    static boolean pending(Snapshot all, Snapshot acted) {
        return all.deployments().size() != acted.deployments().size()
                || all.statefulSets().size() != acted.statefulSets().size()
                || all.daemonSets().size() != acted.daemonSets().size();
    }

    private <T extends HasMetadata> List<T> noticed(List<T> workloads, Instant now) {
        return workloads.stream().filter(w -> {
            Long generation = w.getMetadata().getGeneration();
            Seen first = seen.compute(w.getMetadata().getUid(), (uid, old) ->
                    old != null && Objects.equals(old.generation(), generation) ? old : new Seen(generation, now));
            return Duration.between(first.at(), now).compareTo(lag) >= 0;
        }).toList();
    }
}
