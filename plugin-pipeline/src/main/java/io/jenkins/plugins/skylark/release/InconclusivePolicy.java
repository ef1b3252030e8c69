package io.jenkins.plugins.skylark.release;

/**
 * What a release does when an analysis is inconclusive (not enough data to judge): {@link #PAUSE} waits
 * for a person to promote or abort, as Argo Rollouts does; {@link #FAIL} aborts the release with the
 * outcome {@code INCONCLUSIVE}, for pipelines nobody watches.
 */
public enum InconclusivePolicy {
    PAUSE("pause"),
    FAIL("fail");

    private final String userName;

    InconclusivePolicy(String userName) {
        this.userName = userName;
    }

    /** The name users write: {@code pause}, {@code fail}. */
    public String userName() {
        return userName;
    }
}
