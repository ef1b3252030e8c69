package io.jenkins.plugins.skylark.deploy.release.router;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Shares from relative weights or replica counts, and the weights of a route's stable and canary backends. */
final class Weights {
    private Weights() {
    }

    /** The canary's share in percent, rounded; 0 when neither side has weight. */
    static int percent(long canary, long stable) {
        long total = canary + stable;
        return total <= 0 ? 0 : (int) Math.round(100.0 * canary / total);
    }

    /**
     * Gives {@code percent} to the canary backend of {@code backends} and the rest to {@code stable}; a missing
     * canary ({@code null}) is made by {@code twin} from the stable backend and added right after it.
     */
    static void split(List<Object> backends, Map<String, Object> stable, Map<String, Object> canary,
            UnaryOperator<Map<String, Object>> twin, int percent) {
        stable.put("weight", 100 - percent);
        if (canary == null) {
            canary = twin.apply(stable);
            backends.add(backends.indexOf(stable) + 1, canary);
        }
        canary.put("weight", percent);
    }

    /** Gives the stable backend its weight from before the release, {@code originals[index]}; none: no weight. */
    static void restore(Map<String, Object> stable, List<Object> originals, int index) {
        Object original = index < originals.size() ? originals.get(index) : null;
        if (original == null) {
            stable.remove("weight");
        } else {
            stable.put("weight", original);
        }
    }
}
