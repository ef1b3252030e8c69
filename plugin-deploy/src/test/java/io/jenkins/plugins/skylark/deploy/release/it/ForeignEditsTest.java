package io.jenkins.plugins.skylark.deploy.release.it;

import static io.jenkins.plugins.skylark.deploy.release.it.StableApp.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Someone else edits the route during a release (an annotation; on HTTPRoute and VirtualService an extra hostname
 * that users then come through): weight changes, abort and promote keep the edit, and the extra hostname's users
 * follow the split too.
 */
@ExtendWith(ReleaseCluster.Extension.class)
class ForeignEditsTest {

    @ParameterizedTest
    @EnumSource(value = RouterKind.class, names = {"NGINX", "GATEWAY_API", "ISTIO"})
    void shouldKeepAnotherWritersEditThroughWeightsAbortAndPromote(RouterKind router, ReleaseCluster cluster) {
        StableApp app = cluster.deploy(router);
        String extraHost = "shop." + app.namespace() + ".example.com";
        GrayReleaseEngine engine = cluster.engine();
        engine.start(app.request(ReleaseStrategy.CANARY, image(2), Duration.ZERO));
        app.editRouteAsSomeoneElse(edit(router, app.host(), extraHost));
        if (router == RouterKind.NGINX) {
            // the canary Ingress is the release's own object; an annotation someone adds to it is not
            HasMetadata canaryIngress = canaryIngress(cluster, app);
            cluster.client().resource(canaryIngress).patch(new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE)
                    .withFieldManager("someone-else").build(), "{\"metadata\":{\"annotations\":{\"ops/ticket\":\"42\"}}}");
        }

        engine.setWeight(app.target(), 50);

        assertEditKept(app, router, extraHost);
        if (router == RouterKind.NGINX) {
            assertThat(canaryIngress(cluster, app).getMetadata().getAnnotations()).containsEntry("ops/ticket", "42")
                    .containsEntry("nginx.ingress.kubernetes.io/canary-weight", "50");
        } else {
            Split.of(app, app.users(extraHost).send(100)).assertCanaryShare(0.5);
        }
        assertThat(engine.abort(app.target(), "test").phase()).isEqualTo(ReleasePhase.ABORTED);
        assertEditKept(app, router, extraHost);

        engine.start(app.request(ReleaseStrategy.CANARY, image(3), Duration.ZERO));
        engine.setWeight(app.target(), 10);
        assertEditKept(app, router, extraHost);
        assertThat(engine.promote(app.target(), Duration.ofSeconds(60)).phase()).isEqualTo(ReleasePhase.PROMOTED);
        assertEditKept(app, router, extraHost);
        assertThat(app.canaryLeftovers()).isEmpty();
        Split.of(app, app.users().send(100)).assertCanaryShare(0);
    }

    /** An annotation, and on HTTPRoute and VirtualService a second hostname, as a merge patch. */
    private static String edit(RouterKind router, String host, String extraHost) {
        String hosts = switch (router) {
            case GATEWAY_API -> ",\"spec\":{\"hostnames\":[\"" + host + "\",\"" + extraHost + "\"]}";
            case ISTIO -> ",\"spec\":{\"hosts\":[\"" + host + "\",\"" + extraHost + "\"]}";
            default -> "";
        };
        return "{\"metadata\":{\"annotations\":{\"reviewed-by\":\"sre\"}}" + hosts + "}";
    }

    private static void assertEditKept(StableApp app, RouterKind router, String extraHost) {
        HasMetadata route = app.route();
        assertThat(route.getMetadata().getAnnotations()).containsEntry("reviewed-by", "sre");
        if (router != RouterKind.NGINX) {
            assertThat(app.readBackJson()).contains(extraHost);
            Split.of(app, app.users(extraHost).send(10)).assertCanaryShare(app.readBack().canaryPercent() / 100.0);
        }
    }

    private static Ingress canaryIngress(ReleaseCluster cluster, StableApp app) {
        return cluster.client().network().v1().ingresses().inNamespace(app.namespace()).withName(StableApp.CANARY).get();
    }
}
