package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Smooth weighted round-robin (the algorithm NGINX uses for upstream weights), one state per decision key: over any
 * run of requests as long as the sum of the (gcd-reduced) weights, each choice gets exactly its weight, spread
 * evenly. Deterministic, so tests can assert exact counts. When the weights change, choices that remain keep their
 * state, so a weight change takes effect from the next request.
 */
final class WeightedRoundRobin {

    private final Map<String, Map<String, Long>> current = new HashMap<>();

    /**
     * One choice among {@code weights} (choice → weight, in a stable order; choices weighing 0 are never picked).
     *
     * @throws IllegalArgumentException when no choice weighs more than 0
     */
    synchronized String pick(String key, Map<String, Long> weights) {
        long gcd = weights.values().stream().filter(w -> w > 0).reduce(0L, WeightedRoundRobin::gcd);
        if (gcd == 0) {
            throw new IllegalArgumentException("no choice with a positive weight: " + weights);
        }
        Map<String, Long> state = current.computeIfAbsent(key, k -> new LinkedHashMap<>());
        state.keySet().retainAll(weights.keySet());
        long total = 0;
        String best = null;
        for (Map.Entry<String, Long> e : weights.entrySet()) {
            long w = e.getValue() / gcd;
            if (w <= 0) {
                continue;
            }
            total += w;
            long value = state.merge(e.getKey(), w, Long::sum);
            if (best == null || value > state.get(best)) {
                best = e.getKey();
            }
        }
        state.merge(best, -total, Long::sum);
        return best;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
