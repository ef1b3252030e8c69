package io.jenkins.plugins.skylark.release;

import java.io.Serializable;
import java.time.Duration;

/**
 * One step of a gray release, as users write it: {@code [weight: 10]}, {@code [pause: '5m']},
 * {@code [pause: 'approval']}, {@code [analysis: 'success-rate']},
 * {@code [match: [header: 'x-canary', value: 'true']]} or {@code [match: [cookie: 'canary']]}.
 * Plain values only: release steps are kept in a running step's saved state and in the cluster.
 */
public sealed interface ReleaseStep extends Serializable {

    /** Sends {@code percent} (0..100) of the traffic to the new version. */
    record Weight(int percent) implements ReleaseStep {
    }

    /** Waits for {@code duration}, or until a person approves when {@code duration} is {@code null}. */
    record Pause(Duration duration) implements ReleaseStep {

        public boolean forApproval() {
            return duration == null;
        }
    }

    /** Runs the named analysis (from the platform model, the release file or the built-in ones). */
    record Analysis(String name) implements ReleaseStep {
    }

    /**
     * Sends the requests that carry {@code header} (with {@code value}, or any value when {@code null}) or
     * {@code cookie} to the new version, whatever the weight. Exactly one of {@code header} and {@code cookie}.
     */
    record Match(String header, String value, String cookie) implements ReleaseStep {
    }
}
