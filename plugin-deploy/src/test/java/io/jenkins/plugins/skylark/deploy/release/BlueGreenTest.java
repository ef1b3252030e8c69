package io.jenkins.plugins.skylark.deploy.release;

import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_1;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.TARGET;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.image;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.imageOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Blue-green: full-size preview at 0 %, switch at once, old version up for the delay, instant switch back. */
class BlueGreenTest {

    @Test
    void shouldSwitchAtOnceKeepTheOldVersionUpForTheDelayThenPromote() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.BLUE_GREEN, BUILD_1, Duration.ofMinutes(10)));
            assertThat(fixture.deployment("orders-canary").getStatus().getReadyReplicas()).as("as many as stable")
                    .isEqualTo(2);
            int writes = fixture.routing.writes.size();
            List<String> duringDelay = new CopyOnWriteArrayList<>();
            fixture.onSleep = duration -> duringDelay.add(fixture.routing.weight + "% old="
                    + imageOf(fixture.deployment("orders")).equals(image(1)) + " ready="
                    + fixture.deployment("orders").getStatus().getReadyReplicas());

            ReleaseOutcome outcome = engine.promote(TARGET, Duration.ofSeconds(30));

            assertThat(duringDelay).isNotEmpty().allMatch(line -> line.equals("100% old=true ready=2"));
            assertThat(fixture.routing.writesFrom(writes)).containsExactly("setWeight 100", "restoreStable", "remove");
            assertThat(outcome.phase()).isEqualTo(ReleasePhase.PROMOTED);
            assertThat(imageOf(fixture.deployment("orders"))).isEqualTo(image(2));
            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(outcome.result().events()).extracting(e -> e.type()).containsExactly(DeliveryEventType.DEPLOYED);
            assertThat(outcome.result().events().get(0).attributes()).containsEntry("strategy", "blueGreen");
        }
    }

    @Test
    void shouldSwitchBackInstantlyWhenAbortedDuringTheDelay() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.engine().start(fixture.request(image(2), ReleaseStrategy.BLUE_GREEN, BUILD_1, Duration.ofMinutes(10)));
            int writes = fixture.routing.writes.size();
            AtomicReference<ReleaseOutcome> abort = new AtomicReference<>();
            fixture.onSleep = duration -> {
                if (abort.get() == null && fixture.routing.weight == 100) {
                    fixture.onSleep = d -> { };
                    // another build (or this build's abort handler) aborts while promote waits
                    abort.set(fixture.engine().abort(TARGET, "errors after the switch"));
                }
            };

            ReleaseOutcome promote = fixture.engine().promote(TARGET, Duration.ofSeconds(30));

            assertThat(fixture.routing.writesFrom(writes)).containsExactly("setWeight 100", "restoreStable", "remove");
            assertThat(promote.phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(abort.get().phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(abort.get().result().events().get(0).attributes()).containsEntry(ReleaseEvents.SERVED, "true");
            assertThat(imageOf(fixture.deployment("orders"))).as("old version kept").isEqualTo(image(1));
            assertThat(fixture.deployment("orders-canary")).isNull();
        }
    }
}
