package io.jenkins.plugins.skylark.deploy.release.router;

/** Shares from relative weights or replica counts. */
final class Weights {
    private Weights() {
    }

    /** The canary's share in percent, rounded; 0 when neither side has weight. */
    static int percent(long canary, long stable) {
        long total = canary + stable;
        return total <= 0 ? 0 : (int) Math.round(100.0 * canary / total);
    }
}
