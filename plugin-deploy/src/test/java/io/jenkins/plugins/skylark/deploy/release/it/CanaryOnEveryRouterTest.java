package io.jenkins.plugins.skylark.deploy.release.it;

import static io.jenkins.plugins.skylark.deploy.release.it.StableApp.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.ReleaseOutcome;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A canary on each router, 10 % → 50 % → promote, judged by what the simulated users received. */
@ExtendWith(ReleaseCluster.Extension.class)
class CanaryOnEveryRouterTest {

    @ParameterizedTest
    @EnumSource(RouterKind.class)
    void shouldSendUsersTheWeightsThenServeTheNewVersionFromTheStableDeployment(RouterKind router,
            ReleaseCluster cluster) {
        StableApp app = cluster.deploy(router);
        GrayReleaseEngine engine = cluster.engine();

        engine.start(app.request(ReleaseStrategy.CANARY, image(2), Duration.ZERO));
        Split.of(app, app.users().send(300)).assertCanaryShare(0);

        for (int weight : new int[] {10, 50}) {
            engine.setWeight(app.target(), weight);
            if (router == RouterKind.NONE) {
                // the ready replica ratio once setWeight returns: 1 canary beside 2 stable at 10 %, 2 beside 2 at 50 %
                assertThat(app.readBack()).isEqualTo(new TrafficWeights(weight == 10 ? 33 : 50, null, true));
                Split.of(app, app.users().send(300)).assertCanaryShare(weight == 10 ? 1 / 3.0 : 0.5);
            } else {
                assertThat(app.readBack()).isEqualTo(new TrafficWeights(weight, null, false));
                Split.of(app, app.users().send(300)).assertCanaryShare(weight / 100.0);
            }
        }

        ReleaseOutcome outcome = engine.promote(app.target(), Duration.ofSeconds(60));

        assertThat(outcome.phase()).as(outcome.message() + "\n" + cluster.log()).isEqualTo(ReleasePhase.PROMOTED);
        // without a router the canary's pods (already the new version) serve until Kubernetes collects them
        app.awaitCanaryPodsGone();
        Split.of(app, app.users().send(300)).assertCanaryShare(0);
        assertThat(app.stablePodImages()).as("the stable Deployment's ready pods").hasSize(2).containsOnly(image(2));
        assertThat(app.canaryLeftovers()).isEmpty();
        if (router != RouterKind.NONE) {
            assertThat(app.readBack()).isEqualTo(new TrafficWeights(0, null, false));
        }
    }
}
