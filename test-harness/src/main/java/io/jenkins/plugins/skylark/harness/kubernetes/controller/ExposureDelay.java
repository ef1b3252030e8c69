package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.jenkins.plugins.skylark.harness.kubernetes.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the exposure controllers act on something they see: {@code delay} of simulated time after a pass first saw
 * it (an Ingress by uid, an HTTPRoute by uid and generation), as a real controller programs its proxy first.
 */
final class ExposureDelay {

    private final SimulatedClock clock;
    private final Duration delay;
    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final Set<String> seenThisPass = ConcurrentHashMap.newKeySet();

    ExposureDelay(SimulatedClock clock, Duration delay) {
        this.clock = clock;
        this.delay = delay;
    }

    /** Whether the delay for {@code key} has passed (the first call starts it). */
    boolean due(String key) {
        seenThisPass.add(key);
        Instant now = clock.now();
        return !now.isBefore(firstSeen.computeIfAbsent(key, k -> now).plus(delay));
    }

    /** Forgets what the pass that just ended did not ask about (deleted objects, old generations). */
    void endPass() {
        Set<String> keep = new HashSet<>(seenThisPass);
        firstSeen.keySet().retainAll(keep);
        seenThisPass.clear();
    }
}
