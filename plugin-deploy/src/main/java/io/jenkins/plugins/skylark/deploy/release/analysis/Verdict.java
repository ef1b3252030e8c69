package io.jenkins.plugins.skylark.deploy.release.analysis;

/** The outcome of one measurement or of a whole analysis. */
public enum Verdict {
    /** The condition held (with enough data). */
    SUCCESSFUL,
    /** The condition did not hold, or an error counted as a failure. */
    FAILED,
    /** Not enough data (below the minimum sample size, no series, NaN), or an error counted as inconclusive. */
    INCONCLUSIVE
}
