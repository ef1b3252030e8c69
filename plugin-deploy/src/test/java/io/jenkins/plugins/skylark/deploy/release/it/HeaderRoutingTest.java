package io.jenkins.plugins.skylark.deploy.release.it;

import static io.jenkins.plugins.skylark.deploy.release.it.StableApp.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.ReleaseOutcome;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficClient;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Header and cookie routes at weight 0: only the users who send them reach the canary; where a router cannot route
 * them the engine refuses clearly and nothing changes for the users.
 */
@ExtendWith(ReleaseCluster.Extension.class)
class HeaderRoutingTest {
    private static final ReleaseStep.Match HEADER = new ReleaseStep.Match("x-canary", "true", null);
    private static final ReleaseStep.Match COOKIE = new ReleaseStep.Match(null, null, "canary");

    @ParameterizedTest
    @EnumSource(value = RouterKind.class, names = {"NGINX", "GATEWAY_API", "ISTIO"})
    void shouldSendOnlyUsersWithTheHeaderToTheCanary(RouterKind router, ReleaseCluster cluster) {
        StableApp app = cluster.deploy(router);
        GrayReleaseEngine engine = cluster.engine();
        engine.start(app.request(ReleaseStrategy.CANARY, image(2), Duration.ZERO));

        engine.setMatch(app.target(), HEADER);

        assertThat(app.readBack()).isEqualTo(new TrafficWeights(0, HEADER, false));
        Split.of(app, app.users().header("x-canary", "true").send(100)).assertCanaryShare(1);
        Split.of(app, app.users().header("x-canary", "false").send(100)).assertCanaryShare(0);
        Split.of(app, app.users().send(100)).assertCanaryShare(0);

        if (router == RouterKind.GATEWAY_API) {
            assertRefused(engine, app, COOKIE, "canary"); // Gateway API matches cookies only by a regex of its own
        }
        ReleaseOutcome outcome = engine.abort(app.target(), "header users saw errors");

        assertThat(outcome.phase()).isEqualTo(ReleasePhase.ABORTED);
        assertThat(outcome.state().exposedUsers()).as("header users were served by the canary").isTrue();
        Split.of(app, app.users().header("x-canary", "true").send(100)).assertCanaryShare(0);
        assertThat(app.canaryLeftovers()).isEmpty();
    }

    @Test
    void shouldSendOnlyUsersWithTheCookieToTheCanaryOnNginx(ReleaseCluster cluster) {
        assertCookieRoute(cluster, RouterKind.NGINX, users -> users.cookie("canary", "always"));
    }

    @Test
    void shouldSendOnlyUsersWithTheCookieToTheCanaryOnIstio(ReleaseCluster cluster) {
        assertCookieRoute(cluster, RouterKind.ISTIO, users -> users.cookie("canary", "always"));
    }

    /** The Istio cookie route as Envoy sees it: a match on the raw Cookie header, among other cookies. */
    @Test
    void shouldSendOnlyUsersWithTheCookieHeaderToTheCanaryOnIstio(ReleaseCluster cluster) {
        assertCookieRoute(cluster, RouterKind.ISTIO, users -> users.header("cookie", "theme=dark; canary=always"));
    }

    private static void assertCookieRoute(ReleaseCluster cluster, RouterKind router,
            UnaryOperator<TrafficClient> withCookie) {
        StableApp app = cluster.deploy(router);
        GrayReleaseEngine engine = cluster.engine();
        engine.start(app.request(ReleaseStrategy.CANARY, image(2), Duration.ZERO));

        engine.setMatch(app.target(), COOKIE);

        assertThat(app.readBack()).isEqualTo(new TrafficWeights(0, COOKIE, false));
        Split.of(app, withCookie.apply(app.users()).send(100)).assertCanaryShare(1);
        Split.of(app, app.users().send(100)).assertCanaryShare(0);
        assertThat(engine.promote(app.target(), Duration.ofSeconds(60)).phase()).isEqualTo(ReleasePhase.PROMOTED);
        Split.of(app, withCookie.apply(app.users()).send(100)).assertCanaryShare(0);
        assertThat(app.canaryLeftovers()).isEmpty();
    }

    @Test
    void shouldRefuseAMatchWithoutARouterAndLeaveUsersOnStable(ReleaseCluster cluster) {
        StableApp app = cluster.deploy(RouterKind.NONE);
        GrayReleaseEngine engine = cluster.engine();
        engine.start(app.request(ReleaseStrategy.CANARY, image(2), Duration.ZERO));

        assertRefused(engine, app, HEADER, "x-canary");

        assertThat(engine.abort(app.target(), "refused").phase()).isEqualTo(ReleasePhase.ABORTED);
        assertThat(app.canaryLeftovers()).isEmpty();
    }

    /** A clear refusal naming the header or cookie; nothing changed: the state's match, users sending it on stable. */
    private static void assertRefused(GrayReleaseEngine engine, StableApp app, ReleaseStep.Match match, String name) {
        ReleaseStep.Match before = app.readBack().match();
        UnsupportedOperationException refused = catchThrowableOfType(() -> engine.setMatch(app.target(), match),
                UnsupportedOperationException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains(name);
        assertThat(engine.status(app.target()).orElseThrow().match()).isEqualTo(before);
        var users = match.cookie() != null ? app.users().cookie(name, "always") : app.users().header(name, "true");
        Split.of(app, users.send(100)).assertCanaryShare(0);
    }
}
