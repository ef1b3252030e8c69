package io.jenkins.plugins.skylark.deploy.release.it;

import static io.jenkins.plugins.skylark.deploy.release.it.StableApp.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.ReleaseOutcome;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Blue-green through a router: a full-size preview nobody reaches, the switch moves every user at once, an abort
 * during the scale-down delay moves them all back at once onto the old pods, still up (no request fails), and a
 * promote after the delay leaves the new version on the stable Deployment.
 */
@ExtendWith(ReleaseCluster.Extension.class)
class BlueGreenSwitchTest {
    private static final Duration DELAY = Duration.ofSeconds(5);

    @Test
    void shouldSwitchAtOnceSwitchBackInstantlyAndPromoteAfterTheDelay(ReleaseCluster cluster) throws Exception {
        StableApp app = cluster.deploy(RouterKind.NGINX);
        GrayReleaseEngine engine = cluster.engine();
        engine.start(app.request(ReleaseStrategy.BLUE_GREEN, image(2), DELAY));
        assertThat(app.deployment(StableApp.CANARY).getStatus().getReadyReplicas()).as("preview at full size")
                .isEqualTo(2);
        Split.of(app, app.users().send(300)).assertCanaryShare(0);

        try (UserLoad users = UserLoad.start(app.users())) {
            CompletableFuture<ReleaseOutcome> promote = CompletableFuture.supplyAsync(
                    () -> engine.promote(app.target(), Duration.ofSeconds(60)));
            StableApp.await("the switch to the new version", () -> app.readBack().canaryPercent() == 100);
            Split.of(app, app.users().send(300)).assertCanaryShare(1);
            assertThat(app.stablePodImages()).as("old version still up").containsExactly(image(1), image(1));

            CompletableFuture<ReleaseOutcome> abort = CompletableFuture.supplyAsync(
                    () -> cluster.engine().abort(app.target(), "errors after the switch"));
            StableApp.await("the switch back", () -> app.readBack().canaryPercent() == 0);
            Split.of(app, app.users().send(300)).assertCanaryShare(0);

            assertThat(promote.get().phase()).as(promote.get().message()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(abort.get().phase()).isEqualTo(ReleasePhase.ABORTED);
            users.close();
            assertThat(users.statuses()).as("no request failed through the switch and back").containsOnlyKeys(200);
            assertThat(users.served(app.canary())).isPositive();
        }
        assertThat(app.stablePodImages()).containsExactly(image(1), image(1));
        assertThat(app.canaryLeftovers()).isEmpty();

        engine.start(app.request(ReleaseStrategy.BLUE_GREEN, image(3), DELAY));
        try (UserLoad users = UserLoad.start(app.users())) {
            ReleaseOutcome promoted = engine.promote(app.target(), Duration.ofSeconds(60));

            assertThat(promoted.phase()).as(promoted.message()).isEqualTo(ReleasePhase.PROMOTED);
            users.close();
            assertThat(users.statuses()).as("no request failed through switch, delay and promotion")
                    .containsOnlyKeys(200);
        }
        Split.of(app, app.users().send(300)).assertCanaryShare(0);
        assertThat(app.stablePodImages()).containsExactly(image(3), image(3));
        assertThat(app.canaryLeftovers()).isEmpty();
    }
}
