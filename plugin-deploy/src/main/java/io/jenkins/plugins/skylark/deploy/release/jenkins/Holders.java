package io.jenkins.plugins.skylark.deploy.release.jenkins;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The engine's {@code holderAlive} on the agent, which cannot ask Jenkins: what the controller found out
 * before the call about the builds it might meet. A build it did not ask about counts as alive, so the
 * engine refuses rather than takes over a release whose build may still run.
 */
record Holders(Map<String, Boolean> known) implements Predicate<String>, Serializable {

    Holders {
        known = new HashMap<>(known);
    }

    static Holders none() {
        return new Holders(Map.of());
    }

    /** What Jenkins says about {@code holder}, asked from the build at {@code own}. */
    static Holders asked(String holder, String own) {
        return holder == null ? none() : new Holders(Map.of(holder, RunningBuilds.isRunning(holder, own)));
    }

    @Override
    public boolean test(String buildUrl) {
        return known.getOrDefault(buildUrl, true);
    }
}
