package io.jenkins.plugins.skylark.deploy.release;

import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_1;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.TARGET;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.image;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.imageOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Promote and abort of a canary: what stable runs, what the router was told, what is left, which events. */
class PromoteAbortTest {
    private static final DeployTarget DELIVERY = new DeployTarget("shop", "prod", ReleaseFixture.NS, BUILD_1, "orders#1");

    @Test
    void shouldPromoteStableToTheNewImageAndRemoveTheCanary() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine().withDelivery(DELIVERY);
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ofMinutes(1)));
            engine.setWeight(TARGET, 50);
            List<String> stableAtRestore = new CopyOnWriteArrayList<>();
            fixture.routing.onWrite = write -> stableAtRestore.add(write + " " + imageOf(fixture.deployment("orders")));

            ReleaseOutcome outcome = engine.promote(TARGET, Duration.ofSeconds(30));

            assertThat(outcome.phase()).as(outcome.message()).isEqualTo(ReleasePhase.PROMOTED);
            assertThat(imageOf(fixture.deployment("orders"))).isEqualTo(image(2));
            assertThat(fixture.deployment("orders").getStatus().getUpdatedReplicas()).isEqualTo(2);
            assertThat(stableAtRestore).as("traffic leaves the canary only once stable runs the new image")
                    .containsExactly("restoreStable " + image(2), "remove " + image(2));
            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(fixture.service("orders-canary")).isNull();
            assertThat(fixture.lock.holder(TARGET)).isNull();
            ReleaseState state = fixture.store.load(TARGET).orElseThrow();
            assertThat(state.phase()).isEqualTo(ReleasePhase.PROMOTED);
            assertThat(state.history()).extracting(ReleaseState.HistoryEntry::phase).endsWith(ReleasePhase.PROMOTING,
                    ReleasePhase.PROMOTED);
            DeliveryEvent deployed = outcome.result().events().get(0);
            assertThat(outcome.result().events()).hasSize(1);
            assertThat(deployed.type()).isEqualTo(DeliveryEventType.DEPLOYED);
            assertThat(deployed.version()).isEqualTo(image(2));
            assertThat(deployed.project()).isEqualTo("shop");
            assertThat(deployed.environment()).isEqualTo("prod");
            assertThat(deployed.attributes()).containsEntry("strategy", "canary").containsEntry("release", state.releaseId());
        }
    }

    @Test
    void shouldPutTrafficBackInOneWriteThenRemoveTheCanaryAfterTheDelay() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine().withDelivery(DELIVERY);
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ofMinutes(2)));
            engine.setWeight(TARGET, 10);
            int before = fixture.routing.writes.size();
            Instant abortAt = fixture.clock.instant();
            List<String> duringDelay = new CopyOnWriteArrayList<>();
            fixture.onSleep = duration -> duringDelay.add(String.join(",", fixture.routing.writesFrom(before)) + " canary="
                    + (fixture.deployment("orders-canary") != null));

            ReleaseOutcome outcome = engine.abort(TARGET, "success rate 93 % below 99 %");

            assertThat(duringDelay).as("one write moved all traffic back; the canary stays up for the delay")
                    .isNotEmpty().allMatch(line -> line.equals("restoreStable canary=true"));
            assertThat(fixture.clock.instant()).isEqualTo(abortAt.plus(Duration.ofMinutes(2)));
            assertThat(fixture.routing.writesFrom(before)).containsExactly("restoreStable", "remove");
            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(fixture.service("orders-canary")).isNull();
            assertThat(imageOf(fixture.deployment("orders"))).isEqualTo(image(1));
            assertThat(fixture.lock.holder(TARGET)).isNull();
            assertThat(outcome.phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(outcome.message()).contains("success rate 93 %");
            assertThat(outcome.state().history()).extracting(ReleaseState.HistoryEntry::phase)
                    .endsWith(ReleasePhase.ABORTING, ReleasePhase.ABORTED);
            DeliveryEvent failed = outcome.result().events().get(0);
            assertThat(failed.type()).isEqualTo(DeliveryEventType.DEPLOY_FAILED);
            assertThat(failed.attributes()).containsEntry(ReleaseEvents.SERVED, "true");
        }
    }

    @Test
    void shouldReportAnAbortAtZeroPercentAsNeverServed() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));

            ReleaseOutcome outcome = engine.abort(TARGET, "stopped by a person");

            assertThat(outcome.result().events()).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(DeliveryEventType.DEPLOY_FAILED);
                assertThat(event.attributes()).containsEntry(ReleaseEvents.SERVED, "false");
            });
            assertThat(outcome.message()).contains("before any user");
        }
    }

    @Test
    void shouldEndInconclusiveWhenAnInconclusiveAnalysisEndedIt() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            engine.recordAnalysis(TARGET, new ReleaseState.AnalysisRecord("success-rate", "INCONCLUSIVE",
                    "12 requests, fewer than 100", fixture.clock.instant()));

            ReleaseOutcome outcome = engine.abort(TARGET, "analysis success-rate inconclusive");

            assertThat(outcome.phase()).isEqualTo(ReleasePhase.INCONCLUSIVE);
            assertThat(outcome.state().phase()).isEqualTo(ReleasePhase.INCONCLUSIVE);
        }
    }

    @Test
    void shouldAbortWhenStableFailsToTakeTheNewImage() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            engine.setWeight(TARGET, 20);
            fixture.cluster.failures().onImage(image(2), RolloutFailure.CRASH_LOOP);

            ReleaseOutcome outcome = engine.promote(TARGET, Duration.ofSeconds(5));

            assertThat(outcome.phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(outcome.message()).contains("promotion failed").contains("crash loop");
            assertThat(imageOf(fixture.deployment("orders"))).as("rolled back").isEqualTo(image(1));
            assertThat(fixture.routing.writes).endsWith("restoreStable", "remove");
            assertThat(outcome.result().events()).extracting(DeliveryEvent::type)
                    .containsExactly(DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK);
            assertThat(outcome.result().events().get(0).attributes()).containsEntry(ReleaseEvents.SERVED, "true");
        }
    }

    @Test
    void shouldGiveTheSameOutcomeAgainForAnEndedRelease() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            engine.promote(TARGET, Duration.ofSeconds(30));
            int writes = fixture.routing.writes.size();

            assertThat(engine.promote(TARGET, Duration.ofSeconds(30)).phase()).isEqualTo(ReleasePhase.PROMOTED);
            assertThat(engine.abort(TARGET, "too late").phase()).as("a promoted release stays promoted")
                    .isEqualTo(ReleasePhase.PROMOTED);
            assertThat(fixture.routing.writes).hasSize(writes);
        }
    }
}
