package io.jenkins.plugins.skylark.deploy.release;

import java.time.Duration;

/**
 * How the engine waits: poll interval, how long a canary may take to become ready, and the sleeper.
 *
 * @param pollInterval  between two reads while waiting (rollouts, lock)
 * @param readyTimeout  how long the canary workload may take to be ready
 * @param watchInterval between two looks at the state during a blue-green delay (has another build aborted?)
 * @param sleeper       how the engine waits
 */
record EngineSettings(Duration pollInterval, Duration readyTimeout, Duration watchInterval, Sleeper sleeper) {
    static final EngineSettings DEFAULTS = new EngineSettings(Duration.ofSeconds(1), Duration.ofMinutes(10),
            Duration.ofSeconds(1), Sleeper.REAL);
}
