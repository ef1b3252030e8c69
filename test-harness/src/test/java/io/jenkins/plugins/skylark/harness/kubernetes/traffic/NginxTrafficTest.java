package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.CANARY;
import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.NS;
import static io.jenkins.plugins.skylark.harness.kubernetes.traffic.Shop.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NGINX ingress canary routing: weight, header, cookie, their precedence, and the stable Service's endpoints. */
class NginxTrafficTest extends ShopTrafficCase {

    private static final String P = "nginx.ingress.kubernetes.io/";

    @Test
    void shouldSplitByCanaryWeightExactly() {
        String host = release("weight", Map.of(P + "canary-weight", "10"));
        TrafficClient users = fake.traffic().viaIngress(NS, host, "/");

        TrafficTally tally = users.send(200);

        assertThat(tally.served(CANARY)).isEqualTo(20);
        assertThat(tally.served(STABLE)).isEqualTo(180);
        assertThat(users.shares()).containsOnlyKeys(STABLE, CANARY);
        assertThat(users.shares().get(CANARY)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void shouldHonourCanaryWeightTotal() {
        String host = release("total", Map.of(P + "canary-weight", "250", P + "canary-weight-total", "1000"));

        assertThat(fake.traffic().viaIngress(NS, host, "/").send(100).served(CANARY)).isEqualTo(25);
    }

    @Test
    void shouldSendEverythingToStableWithoutCanaryIngress() {
        String host = "plain.shop.example.com";
        client.network().v1().ingresses().resource(Shop.ingress("plain", host, "orders", Map.of())).create();

        TrafficTally tally = fake.traffic().viaIngress(NS, host, "/").send(30);

        assertThat(tally.served()).containsOnlyKeys(STABLE);
        assertThat(tally.status(200)).isEqualTo(30);
    }

    @Test
    void shouldRouteByHeaderValueAndFallBackToWeightForOtherValues() {
        String host = release("header-value", Map.of(P + "canary-weight", "0", P + "canary-by-header", "X-Canary",
                P + "canary-by-header-value", "yes"));

        assertThat(fake.traffic().viaIngress(NS, host, "/").header("x-canary", "yes").send(20).served(CANARY))
                .isEqualTo(20);
        assertThat(fake.traffic().viaIngress(NS, host, "/").header("x-canary", "always").send(20).served(STABLE))
                .as("another value falls through to the weight (0)").isEqualTo(20);
    }

    @Test
    void shouldLetTheHeaderBeatTheCookieAndTheCookieBeatTheWeight() {
        String host = release("precedence", Map.of(P + "canary-weight", "50", P + "canary-by-header", "x-canary",
                P + "canary-by-cookie", "canary"));
        TrafficSimulator traffic = fake.traffic();

        assertThat(traffic.viaIngress(NS, host, "/").header("x-canary", "never").cookie("canary", "always")
                .send(10).served(STABLE)).isEqualTo(10);
        assertThat(traffic.viaIngress(NS, host, "/").header("x-canary", "always").cookie("canary", "never")
                .send(10).served(CANARY)).isEqualTo(10);
        assertThat(traffic.viaIngress(NS, host, "/").cookie("canary", "always").send(10).served(CANARY))
                .isEqualTo(10);
        assertThat(traffic.viaIngress(NS, host, "/").cookie("canary", "never").send(10).served(STABLE))
                .isEqualTo(10);
        assertThat(traffic.viaIngress(NS, host, "/").header("x-canary", "maybe").cookie("canary", "other")
                .send(10).served(CANARY)).as("neither decides: weight 50").isEqualTo(5);
        assertThat(traffic.viaIngress(NS, host, "/").header("x-canary", "always").shares())
                .isEqualTo(Map.of(CANARY, 1.0));
    }

    @Test
    void shouldFollowAWeightChangeFromTheNextRequest() {
        String host = release("change", Map.of(P + "canary-weight", "10"));
        TrafficClient users = fake.traffic().viaIngress(NS, host, "/");

        long before = users.send(100).served(CANARY);
        client.network().v1().ingresses().inNamespace(NS).withName("change-canary").edit(i -> {
            i.getMetadata().getAnnotations().put(P + "canary-weight", "60");
            return i;
        });
        long after = users.send(100).served(CANARY);

        assertThat(before).isEqualTo(10);
        assertThat(after).isEqualTo(60);
        assertThat(users.shares().get(CANARY)).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void shouldAnswer503WhenTheStableServiceHasNoReadyEndpointsEvenAtFullCanaryWeight() {
        String host = "empty.shop.example.com";
        client.network().v1().ingresses().resource(Shop.ingress("empty", host, "orders-none", Map.of())).create();
        client.network().v1().ingresses().resource(Shop.ingress("empty-canary", host, "orders-canary",
                Map.of(P + "canary", "true", P + "canary-weight", "100"))).create();
        TrafficClient users = fake.traffic().viaIngress(NS, host, "/");

        TrafficTally tally = users.send(10);

        assertThat(tally.status(503)).isEqualTo(10);
        assertThat(tally.served()).isEmpty();
        assertThat(users.shares()).isEmpty();
        assertThat(fake.traffic().exposition()).contains("ingress=\"empty\"").containsPattern(
                "nginx_ingress_controller_requests\\{[^}]*ingress=\"empty\"[^}]*service=\"orders-none\""
                        + "[^}]*status=\"503\"\\} 10\n");
    }

    @Test
    void shouldIgnoreACanaryWhoseServiceHasNoEndpoints() {
        String host = "nocanary.shop.example.com";
        client.network().v1().ingresses().resource(Shop.ingress("nocanary", host, "orders", Map.of())).create();
        client.network().v1().ingresses().resource(Shop.ingress("nocanary-canary", host, "orders-none",
                Map.of(P + "canary", "true", P + "canary-weight", "50"))).create();

        assertThat(fake.traffic().viaIngress(NS, host, "/").send(10).served(STABLE)).isEqualTo(10);
    }

    @Test
    void shouldLabelCanaryRequestsWithTheCanaryUpstream() {
        String host = release("labels", Map.of(P + "canary-weight", "25"));

        fake.traffic().viaIngress(NS, host, "/").send(8);

        String text = fake.traffic().exposition();
        assertThat(text).containsPattern("nginx_ingress_controller_requests\\{canary=\"shop-orders-canary-80\","
                + "[^}]*host=\"labels.shop.example.com\",ingress=\"labels\",method=\"GET\",namespace=\"shop\","
                + "path=\"/\",service=\"orders\",status=\"200\"\\} 2\n");
        assertThat(text).containsPattern("nginx_ingress_controller_requests\\{canary=\"\",[^}]*ingress=\"labels\""
                + "[^}]*status=\"200\"\\} 6\n");
    }

    /** A stable Ingress {@code NAME} to Service orders and a canary Ingress to orders-canary; returns the host. */
    private static String release(String name, Map<String, String> canaryAnnotations) {
        String host = name + ".shop.example.com";
        client.network().v1().ingresses().resource(Shop.ingress(name, host, "orders", Map.of())).create();
        Map<String, String> annotations = new HashMap<>(canaryAnnotations);
        annotations.put(P + "canary", "true");
        client.network().v1().ingresses().resource(Shop.ingress(name + "-canary", host, "orders-canary",
                annotations)).create();
        return host;
    }
}
