package io.jenkins.plugins.skylark.deploy.release.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficTally;

/** How a batch of simulated requests was split between the stable and canary versions of an app. */
record Split(StableApp app, TrafficTally tally) {

    static Split of(StableApp app, TrafficTally tally) {
        return new Split(app, tally);
    }

    long total() {
        return tally.statuses().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Every request answered 200 by the stable or the canary version, the canary's count {@code share} of them
     * (one request of slack for a replica ratio's pod round-robin).
     */
    Split assertCanaryShare(double share) {
        long total = total();
        assertThat(tally.status(200)).as("requests answered 200 in %s", tally).isEqualTo(total);
        assertThat(tally.served(app.stable()) + tally.served(app.canary())).as("served by stable or canary: %s", tally)
                .isEqualTo(total);
        assertThat((double) tally.served(app.canary())).as("canary's requests of %d: %s", total, tally)
                .isCloseTo(share * total, within(1.0));
        return this;
    }
}
