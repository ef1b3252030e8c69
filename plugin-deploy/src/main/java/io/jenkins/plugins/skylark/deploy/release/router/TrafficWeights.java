package io.jenkins.plugins.skylark.deploy.release.router;

import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.io.Serializable;

/**
 * A traffic split read back from the cluster.
 *
 * @param canaryPercent the canary's share of unmatched traffic, 0..100
 * @param match         the requests routed to the canary whatever the weight; {@code null} = none
 * @param approximate   the share is a replica ratio, not a router setting
 */
public record TrafficWeights(int canaryPercent, ReleaseStep.Match match, boolean approximate) implements Serializable {

    public int stablePercent() {
        return 100 - canaryPercent;
    }

    /** Users have been sent to the canary: a weight above 0 or a match route. */
    public boolean exposesCanary() {
        return canaryPercent > 0 || match != null;
    }
}
