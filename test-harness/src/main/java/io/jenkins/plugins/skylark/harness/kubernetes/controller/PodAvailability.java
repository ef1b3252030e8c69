package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.skylark.harness.kubernetes.SimulatedClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a pod counts as available: Ready for at least {@code minReadySeconds}, as the real replica set controller
 * counts it ({@code IsPodAvailable}). The real one reads the Ready condition's lastTransitionTime; here time is
 * simulated, while condition timestamps are wall-clock, so the moment a pod was first seen Ready is kept on the
 * {@link SimulatedClock} instead (seen one pass late at most: a pass is 25 ms of real time by default).
 */
final class PodAvailability {

    private final SimulatedClock clock;
    /** Pod uid → when it was first seen Ready since it last was not (simulated time). */
    private final Map<String, Instant> readySince = new ConcurrentHashMap<>();

    PodAvailability(SimulatedClock clock) {
        this.clock = clock;
    }

    /** Notes which pods are Ready now; forgets pods that are gone or no longer Ready. */
    void observe(List<Pod> pods) {
        Instant now = clock.now();
        readySince.keySet().retainAll(pods.stream().filter(PodFactory::isReady).map(p -> p.getMetadata().getUid())
                .toList());
        pods.stream().filter(PodFactory::isReady).forEach(p -> readySince.putIfAbsent(p.getMetadata().getUid(), now));
    }

    /** Ready, and (if {@code minReadySeconds} is set) for that long already. */
    boolean available(Pod pod, Integer minReadySeconds) {
        if (!PodFactory.isReady(pod)) {
            return false;
        }
        if (minReadySeconds == null || minReadySeconds <= 0) {
            return true;
        }
        Instant since = readySince.get(pod.getMetadata().getUid());
        return since != null && !since.plusSeconds(minReadySeconds).isAfter(clock.now());
    }
}
