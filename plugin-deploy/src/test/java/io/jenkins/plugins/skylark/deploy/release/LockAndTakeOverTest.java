package io.jenkins.plugins.skylark.deploy.release;

import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_1;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_2;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.TARGET;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.image;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.imageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.skylark.deploy.release.state.ReleaseLockedException;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One release per application: refused while its build runs, resumed or cleaned up when that build is gone. */
class LockAndTakeOverTest {

    @Test
    void shouldRefuseASecondReleaseNamingTheBuildThatHoldsIt() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.running.add(BUILD_1);
            fixture.running.add(BUILD_2);
            fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            int writes = fixture.routing.writes.size();

            ReleaseLockedException refused = catchThrowableOfType(() -> fixture.engine().start(
                    fixture.request(image(3), ReleaseStrategy.CANARY, BUILD_2, Duration.ZERO)),
                    ReleaseLockedException.class);

            assertThat(refused.holder()).isEqualTo(BUILD_1);
            assertThat(refused.getMessage()).contains(BUILD_1).contains("grayAbort");
            assertThat(fixture.routing.writes).hasSize(writes);
            assertThat(imageOf(fixture.deployment("orders-canary"))).isEqualTo(image(2));
        }
    }

    @Test
    void shouldWaitForTheLockWhenAskedAndGiveUpAtTheTimeout() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.running.add(BUILD_1);
            fixture.running.add(BUILD_2);
            fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            ReleaseRequest waiting = new ReleaseRequest(TARGET, image(3), null, ReleaseStrategy.CANARY, List.of(),
                    BUILD_2, true, Duration.ofMinutes(3), Duration.ZERO);

            ReleaseLockedException refused = catchThrowableOfType(() -> fixture.engine().start(waiting),
                    ReleaseLockedException.class);
            assertThat(refused.holder()).isEqualTo(BUILD_1);

            fixture.onSleep = duration -> fixture.running.remove(BUILD_1); // the holder ends while we wait
            ReleaseState started = fixture.engine().start(waiting);
            assertThat(started.buildUrl()).isEqualTo(BUILD_2);
            assertThat(imageOf(fixture.deployment("orders-canary"))).isEqualTo(image(3));
        }
    }

    @Test
    void shouldResumeADeadBuildsReleaseOfTheSameImage() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine first = fixture.engine();
            ReleaseState started = first.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            first.setWeight(TARGET, 10);
            first.completedStep(TARGET, 0);
            long generation = fixture.deployment("orders-canary").getMetadata().getGeneration();
            int writes = fixture.routing.writes.size();
            fixture.running.add(BUILD_2); // build 1 was killed

            ReleaseState resumed = fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_2,
                    Duration.ZERO));

            assertThat(resumed.releaseId()).isEqualTo(started.releaseId());
            assertThat(resumed.currentStep()).as("continue with the second step").isEqualTo(1);
            assertThat(resumed.canaryWeight()).isEqualTo(10);
            assertThat(resumed.buildUrl()).isEqualTo(BUILD_2);
            assertThat(resumed.history()).last().satisfies(entry -> assertThat(entry.note()).contains(BUILD_1));
            assertThat(fixture.lock.holder(TARGET)).isEqualTo(BUILD_2);
            assertThat(fixture.routing.writesFrom(writes)).as("prepared again, traffic untouched").containsExactly("prepare");
            assertThat(fixture.routing.weight).isEqualTo(10);
            assertThat(fixture.deployment("orders-canary").getMetadata().getGeneration()).isEqualTo(generation);
        }
    }

    @Test
    void shouldAbortADeadBuildsReleaseOfAnotherImageFirst() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine first = fixture.engine();
            first.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ofMinutes(5)));
            first.setWeight(TARGET, 10);
            int writes = fixture.routing.writes.size();

            ReleaseState started = fixture.engine().start(fixture.request(image(3), ReleaseStrategy.CANARY, BUILD_2,
                    Duration.ZERO));

            assertThat(fixture.routing.writesFrom(writes)).containsExactly("restoreStable", "remove", "prepare");
            assertThat(started.image()).isEqualTo(image(3));
            assertThat(started.canaryWeight()).isZero();
            assertThat(started.buildUrl()).isEqualTo(BUILD_2);
            assertThat(imageOf(fixture.deployment("orders-canary"))).isEqualTo(image(3));
            assertThat(fixture.lock.holder(TARGET)).isEqualTo(BUILD_2);
            assertThat(fixture.log).anyMatch(line -> line.contains(BUILD_1) && line.contains("aborted first"));
        }
    }

    @Test
    void shouldLetALaterBuildDriveAndPromoteWhatAnEarlierOneStarted() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.running.add(BUILD_1);
            fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            GrayReleaseEngine later = fixture.engine();

            later.setWeight(TARGET, 50);
            later.setMatch(TARGET, new ReleaseStep.Match(null, null, "canary"));
            ReleaseOutcome outcome = later.promote(TARGET, Duration.ofSeconds(30));

            assertThat(outcome.phase()).isEqualTo(ReleasePhase.PROMOTED);
            assertThat(imageOf(fixture.deployment("orders"))).isEqualTo(image(2));
            assertThat(fixture.lock.holder(TARGET)).as("the starter's lock is freed").isNull();
        }
    }

    @Test
    void shouldLetALaterBuildAbortWhatAnEarlierOneStarted() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.running.add(BUILD_1);
            fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));

            ReleaseOutcome outcome = fixture.engine().abort(TARGET, "aborted from build 2");

            assertThat(outcome.phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(fixture.lock.holder(TARGET)).isNull();
        }
    }

    @Test
    void shouldFinishAnInterruptedAbortsRemovalOnTheNextStart() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            ReleaseState aborted = fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1,
                    Duration.ofMinutes(5)));
            fixture.onSleep = duration -> Thread.currentThread().interrupt(); // the build is aborted during the delay

            ReleaseOutcome outcome = fixture.engine().abort(TARGET, "stop");
            assertThat(Thread.interrupted()).isTrue();
            assertThat(outcome.message()).contains("next gray release");
            assertThat(fixture.deployment("orders-canary")).as("left for the delay").isNotNull();
            fixture.onSleep = duration -> { };

            ReleaseState next = fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_2,
                    Duration.ZERO));

            assertThat(next.releaseId()).as("an aborting release is never resumed, even of the same image")
                    .isNotEqualTo(aborted.releaseId());
            assertThat(next.phase()).isEqualTo(ReleasePhase.PROGRESSING);
            assertThat(fixture.deployment("orders-canary").getStatus().getReadyReplicas()).isEqualTo(1);
        }
    }

    @Test
    void shouldGoStraightToThePromotionWhenResumingAReleaseKilledWhilePromoting() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            fixture.store.update(TARGET, state -> StateChange.of(state).phase(ReleasePhase.PROMOTING)
                    .at(fixture.clock.instant()));

            ReleaseState resumed = fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_2,
                    Duration.ZERO));

            assertThat(resumed.currentStep()).isEqualTo(resumed.steps().size());
            assertThat(fixture.engine().promote(TARGET, Duration.ofSeconds(30)).phase()).isEqualTo(ReleasePhase.PROMOTED);
        }
    }
}
