package io.jenkins.plugins.skylark.deploy.release.router;

import static io.jenkins.plugins.skylark.deploy.release.router.RouterFixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optimistic edit: a write of someone else between our read and our write is kept, ours made again. */
class RouteEditsTest extends RouterClusterCase {
    private final RouteEdits edits = new RouteEdits(client, new HttpRouteSplit());

    @BeforeAll
    static void start() {
        startCluster(FakeKubernetes.builder().gatewayApi());
    }

    @BeforeEach
    void route() {
        RouterFixtures.apply(client, GatewayApiRoutingTest.ROUTE);
    }

    @Test
    void shouldRetryOnConflictAndKeepTheOtherWritersChange() {
        AtomicInteger calls = new AtomicInteger();

        edits.edit(NS, "orders", "skylark-release-orders", route -> {
            if (calls.incrementAndGet() == 1) {
                foreignWrite("first");
            }
            RouterFixtures.spec(route).put("hostnames", List.of("canary.example.com"));
            return route;
        });

        GenericKubernetesResource after = read();
        assertThat(calls).hasValue(2);
        assertThat(RouterFixtures.spec(after).get("hostnames")).isEqualTo(List.of("canary.example.com"));
        assertThat(after.getMetadata().getAnnotations()).containsEntry("foreign", "first");
    }

    @Test
    void shouldGiveUpNamingTheObjectWhenEveryAttemptConflicts() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> edits.edit(NS, "orders", "skylark-release-orders", route -> {
            foreignWrite("write-" + calls.incrementAndGet());
            RouterFixtures.spec(route).put("hostnames", List.of("canary.example.com"));
            return route;
        })).isInstanceOf(RoutingException.class).hasMessage("HTTPRoute shop/orders kept changing while the release "
                + "edited it: gave up after 8 attempts, each answered 409 Conflict.");
        assertThat(calls).hasValue(RouteEdits.ATTEMPTS);
        assertThat(RouterFixtures.spec(read()).get("hostnames")).isEqualTo(List.of("orders.example.com"));
    }

    @Test
    void shouldNotWriteWhenNothingChanges() {
        String version = read().getMetadata().getResourceVersion();

        edits.edit(NS, "orders", "skylark-release-orders", route -> route);

        assertThat(read().getMetadata().getResourceVersion()).isEqualTo(version);
    }

    private void foreignWrite(String value) {
        RouterFixtures.foreignPatch(client, read(), "{\"metadata\":{\"annotations\":{\"foreign\":\"" + value + "\"}}}");
    }

    private GenericKubernetesResource read() {
        return RouterFixtures.route(client, "gateway.networking.k8s.io/v1", "HTTPRoute", "orders");
    }
}
