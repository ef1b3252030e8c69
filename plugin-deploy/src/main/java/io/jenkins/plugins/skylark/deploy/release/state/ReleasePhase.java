package io.jenkins.plugins.skylark.deploy.release.state;

/** Where a release stands; the last three end it (and free its lock). */
public enum ReleasePhase {
    /** Canary created, steps running. */
    PROGRESSING,
    /** Waiting for a pause's end or for a person. */
    PAUSED,
    /** Stable being moved to the new version. */
    PROMOTING,
    /** Traffic being put back on stable and the canary removed. */
    ABORTING,
    PROMOTED,
    ABORTED,
    /** An analysis had too little data and the policy said fail: ended like an abort. */
    INCONCLUSIVE;

    public boolean ended() {
        return this == PROMOTED || this == ABORTED || this == INCONCLUSIVE;
    }
}
