package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 §6: the controller killed with {@code kill -9} while a build records events must not lose an
 * event the store had acknowledged, and a retry must not count one twice. A real child JVM ingests
 * through the real store and is killed with {@code SIGKILL} (see {@link KillDuringIngest}).
 */
class CrashDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 200;
    private static final String EMBEDDED_WRITE_DELAY = ";WRITE_DELAY=0";

    @TempDir
    Path jenkinsHome;

    @Test
    void shouldKeepEveryAcknowledgedEventOfTheEmbeddedStoreWhenTheControllerIsKilled() {
        KillDuringIngest crash = KillDuringIngest.run(embeddedUrl(), jenkinsHome.resolve("child"), ACKS_BEFORE_KILL);

        assertThat(crash.acknowledged()).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        assertThat(crash.lostAfterReopen()).as(crash.toString()).isEmpty();
        assertThat(crash.recordedAgain()).as(crash.toString()).isEmpty();
        assertThat(crash.keyCounts()).containsKeys(crash.acknowledged().toArray(String[]::new));
        assertThat(crash.duplicates()).isEmpty();
    }

    /**
     * The check itself can fail: with commits held back in memory (H2's write delay, here made longer
     * than the test so that where the kill lands does not matter) the acknowledged events are gone after
     * the kill, and the retry records them again as new, as the issue saw in 2 of 3 real runs.
     */
    @Test
    void shouldSeeTheLossWhenCommitsAreAcknowledgedBeforeTheyReachTheFile() {
        String heldBack = embeddedUrl().replace(EMBEDDED_WRITE_DELAY, ";WRITE_DELAY=3600000");

        KillDuringIngest crash = KillDuringIngest.run(heldBack, jenkinsHome.resolve("child"), ACKS_BEFORE_KILL);

        assertThat(crash.lostAfterReopen()).as(crash.toString()).isNotEmpty();
        assertThat(crash.recordedAgain()).isEqualTo(crash.lostAfterReopen());
        assertThat(crash.duplicates()).isEmpty();
    }

    /**
     * The URL before the fix (H2's default write delay, 500 ms) loses events only when the kill lands
     * inside the delay, so this is a demonstration rather than part of {@code mvn verify}:
     * {@code -Dskylark.crash.oldUrlRuns=10} kills that many children and prints what each run lost. A
     * kill early enough can even leave a store that no longer opens (its schema history not yet written).
     */
    @Test
    @EnabledIfSystemProperty(named = "skylark.crash.oldUrlRuns", matches = "[1-9][0-9]*")
    void shouldLoseAcknowledgedEventsWithTheOldUrl() {
        int runs = Integer.parseInt(System.getProperty("skylark.crash.oldUrlRuns"));
        String oldUrl = embeddedUrl().replace(EMBEDDED_WRITE_DELAY, "");
        List<String> outcomes = new ArrayList<>();
        int runsWithLoss = 0;
        for (int run = 0; run < runs; run++) {
            String url = oldUrl.replace("/metrics;", "/metrics-" + run + ";");
            try {
                KillDuringIngest crash = KillDuringIngest.run(url, jenkinsHome.resolve("child-" + run), ACKS_BEFORE_KILL);
                outcomes.add(crash.lostAfterReopen().size() + " of " + crash.acknowledged().size() + " lost");
                runsWithLoss += crash.lostAfterReopen().isEmpty() ? 0 : 1;
            } catch (StoreException e) {
                outcomes.add("store no longer opens (" + e.getCause().getMessage().lines().findFirst().orElse("") + ")");
                runsWithLoss++;
            }
        }
        System.out.println("old URL, " + runsWithLoss + " of " + runs + " runs lost acknowledged events: " + outcomes);
        assertThat(runsWithLoss).isPositive();
    }

    private String embeddedUrl() {
        String url = DatabaseSettings.embedded(jenkinsHome).jdbcUrl();
        assertThat(url).contains(EMBEDDED_WRITE_DELAY);
        return url;
    }
}
