package io.jenkins.plugins.skylark.deploy.release.router;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.release.ReleaseStep;

/**
 * One traffic router's way of splitting an application's traffic between its stable and canary Services.
 * Every write is server-side apply with {@link ReleaseTarget#fieldManager()} (or a patch scoped to the
 * release's own fields), retried on conflict, and never changes a field or annotation the release does not
 * own. All methods are idempotent, so a resumed release may call them again.
 */
public interface TrafficRouting {

    /** Writes what the canary needs on the router (e.g. the canary Ingress) with 0 % to the canary. */
    void prepare(ReleaseTarget target);

    /** Sends {@code percent} (0..100) of the traffic to the canary, in one write. */
    void setWeight(ReleaseTarget target, int percent);

    /**
     * Sends the requests {@code match} selects to the canary whatever the weight; {@code null} removes it.
     *
     * @throws UnsupportedOperationException with a clear message where the router cannot route by header or cookie
     */
    void setMatch(ReleaseTarget target, ReleaseStep.Match match);

    /** The split as the router objects in the cluster say now (the truth, whatever the release state says). */
    TrafficWeights read(ReleaseTarget target);

    /** All traffic to stable, no match route, in one write: what an abort does first. */
    void restoreStable(ReleaseTarget target);

    /** Removes what {@link #prepare} and the other writes added; leaves the user's objects as they were. */
    void remove(ReleaseTarget target);
}
