package io.jenkins.plugins.skylark.harness.pipeline;

/** A build's result, ordered from best to worst as Jenkins' {@code hudson.model.Result} is. */
public enum BuildResult {
    SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED;

    /** The worse of the two, as {@code currentBuild.result} only ever gets worse. */
    BuildResult combine(BuildResult other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
