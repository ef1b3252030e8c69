package io.jenkins.plugins.skylark.deploy.release;

import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_1;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.NS;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.router.TrafficRoutings;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without a router the share is the ratio of ready replicas: setWeight returns only once the canary is ready at
 * the replicas the router set, so an analysis right after it measures the new split.
 */
class ReplicaRatioWeightTest {
    private static final ReleaseTarget TARGET = ReleaseTarget.of(NS, "orders", null, RouterKind.NONE);

    @Test
    void shouldReturnOnlyOnceTheReadyReplicaRatioIsTheRequestedShare() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engineWithRealRouters();
            engine.start(request(image(2)));

            // beside 2 stable replicas: 10 % -> 1 canary (33 %), 50 % -> 2 canaries (50 %)
            for (int[] weightAndShare : new int[][] {{10, 33}, {50, 50}}) {
                engine.setWeight(TARGET, weightAndShare[0]);

                assertThat(TrafficRoutings.of(fixture.cluster.client(), RouterKind.NONE, fixture.log::add).read(TARGET))
                        .as("ready replica ratio right after setWeight(%d)", weightAndShare[0])
                        .isEqualTo(new TrafficWeights(weightAndShare[1], null, true));
                assertThat(engine.status(TARGET).orElseThrow().canaryWeight()).isEqualTo(weightAndShare[1]);
            }
        }
    }

    @Test
    void shouldAbortWhenTheCanaryNeverBecomesReadyAtItsNewReplicas() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.cluster.failures().onImage(image(3), RolloutFailure.CRASH_LOOP);
            GrayReleaseEngine engine = fixture.engineWithRealRouters();
            assertThat(engine.start(request(image(3))).phase()).as("0 replicas at 0 %: ready")
                    .isEqualTo(ReleasePhase.PROGRESSING);

            ReleaseState state = engine.setWeight(TARGET, 20);

            assertThat(state.phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(state.reason()).contains("20 %").contains("crash loop");
            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(fixture.lock.holder(TARGET)).isNull();
        }
    }

    private static ReleaseRequest request(String image) {
        return new ReleaseRequest(TARGET, image, null, ReleaseStrategy.CANARY, List.of(), BUILD_1, false, null, null);
    }
}
