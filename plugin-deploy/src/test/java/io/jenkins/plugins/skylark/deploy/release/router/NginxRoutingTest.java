package io.jenkins.plugins.skylark.deploy.release.router;

import static io.jenkins.plugins.skylark.deploy.release.router.RouterFixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NginxRoutingTest extends RouterClusterCase {
    private static final String STABLE_INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: orders
              namespace: shop
              annotations: {nginx.ingress.kubernetes.io/proxy-body-size: 8m}
              labels: {team: shop}
            spec:
              ingressClassName: nginx
              tls: [{hosts: [orders.example.com], secretName: orders-tls}]
              rules:
              - host: orders.example.com
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: orders, port: {number: 80}}}}
                  - {path: /static, pathType: Prefix, backend: {service: {name: static, port: {number: 80}}}}
              - host: static.example.com
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: static, port: {number: 80}}}}
            """;

    private final List<String> log = new ArrayList<>();
    private final TrafficRouting routing = TrafficRoutings.of(client, RouterKind.NGINX, log::add);
    private final ReleaseTarget target = RouterFixtures.target(RouterKind.NGINX);

    /** No ingress controller: nothing but the release and the test writes the Ingresses (status included). */
    @BeforeAll
    static void start() {
        startCluster(FakeKubernetes.builder());
    }

    @AfterEach
    void clean() {
        client.network().v1().ingresses().inNamespace(NS).delete();
        client.services().inNamespace(NS).delete();
    }

    @Test
    void shouldCarryTheReleaseOnACanaryIngressAndLeaveTheStableOneUntouched() {
        RouterFixtures.services(client);
        Ingress stable = (Ingress) RouterFixtures.apply(client, STABLE_INGRESS);

        routing.prepare(target);
        Ingress canary = canary();
        assertThat(canary.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(canary.getSpec().getTls()).isEqualTo(stable.getSpec().getTls());
        assertThat(canary.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("orders.example.com");
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                assertThat(path.getPath()).isEqualTo("/");
                assertThat(path.getBackend().getService().getName()).isEqualTo("orders-canary");
                assertThat(path.getBackend().getService().getPort().getNumber()).isEqualTo(80);
            });
        });
        assertThat(canary.getMetadata().getAnnotations()).containsEntry("nginx.ingress.kubernetes.io/canary", "true")
                .containsEntry("nginx.ingress.kubernetes.io/canary-weight", "0")
                .containsEntry("nginx.ingress.kubernetes.io/canary-weight-total", "100")
                .doesNotContainKey("nginx.ingress.kubernetes.io/proxy-body-size");
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(0, null, false));

        routing.setWeight(target, 10);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(10, null, false));
        routing.setWeight(target, 50);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, null, false));

        ReleaseStep.Match header = new ReleaseStep.Match("x-canary", "true", null);
        routing.setMatch(target, header);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, header, false));
        assertThat(canary().getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/canary-by-header", "x-canary")
                .containsEntry("nginx.ingress.kubernetes.io/canary-by-header-value", "true");

        ReleaseStep.Match cookie = new ReleaseStep.Match(null, null, "canary");
        routing.setMatch(target, cookie);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(50, cookie, false));
        assertThat(canary().getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/canary-by-cookie", "canary")
                .doesNotContainKeys("nginx.ingress.kubernetes.io/canary-by-header",
                        "nginx.ingress.kubernetes.io/canary-by-header-value");

        routing.restoreStable(target);
        assertThat(routing.read(target)).isEqualTo(new TrafficWeights(0, null, false));

        routing.remove(target);
        assertThat(canary()).isNull();
        Ingress after = client.network().v1().ingresses().inNamespace(NS).withName("orders").get();
        assertThat(after.getSpec()).isEqualTo(stable.getSpec());
        assertThat(after.getMetadata().getAnnotations()).isEqualTo(stable.getMetadata().getAnnotations());
        assertThat(after.getMetadata().getLabels()).isEqualTo(stable.getMetadata().getLabels());
        assertThat(after.getMetadata().getManagedFields()).extracting(ManagedFieldsEntry::getManager)
                .doesNotContain(target.fieldManager());
        assertThat(log).anyMatch(line -> line.contains("Ingress shop/orders-canary") && line.contains("50"));
    }

    @Test
    void shouldRouteAHeaderWithoutValueByAlwaysAsIngressNginxDoesAndSayIt() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, STABLE_INGRESS);
        routing.prepare(target);

        routing.setMatch(target, new ReleaseStep.Match("x-canary", null, null));

        assertThat(canary().getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/canary-by-header", "x-canary")
                .doesNotContainKey("nginx.ingress.kubernetes.io/canary-by-header-value");
        assertThat(log).anyMatch(line -> line.contains("'x-canary' is 'always'"));
        routing.setMatch(target, null);
        assertThat(routing.read(target).match()).isNull();
    }

    @Test
    void shouldKeepTheLegacyClassAnnotation() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, STABLE_INGRESS.replace("  ingressClassName: nginx\n", "")
                .replace("annotations: {", "annotations: {kubernetes.io/ingress.class: nginx-internal, "));

        routing.prepare(target);

        assertThat(canary().getSpec().getIngressClassName()).isNull();
        assertThat(canary().getMetadata().getAnnotations()).containsEntry("kubernetes.io/ingress.class", "nginx-internal");
    }

    @Test
    void shouldKeepWhatAnotherWriterAddedToTheCanaryIngress() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, STABLE_INGRESS);
        routing.prepare(target);
        routing.setWeight(target, 10);

        RouterFixtures.foreignPatch(client, canary(),
                "{\"metadata\":{\"labels\":{\"cost-center\":\"42\"},\"annotations\":{\"note\":\"watched\"}}}");
        routing.setWeight(target, 50);
        routing.setMatch(target, new ReleaseStep.Match("x-canary", "true", null));
        routing.restoreStable(target);

        assertThat(canary().getMetadata().getLabels()).containsEntry("cost-center", "42");
        assertThat(canary().getMetadata().getAnnotations()).containsEntry("note", "watched");
    }

    @Test
    void shouldBeIdempotent() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, STABLE_INGRESS);
        routing.prepare(target);
        routing.setWeight(target, 30);
        String version = canary().getMetadata().getResourceVersion();

        routing.setWeight(target, 30);
        routing.prepare(target);

        assertThat(canary().getMetadata().getResourceVersion()).isEqualTo(version);
        assertThat(routing.read(target).canaryPercent()).isEqualTo(30);
        routing.remove(target);
        routing.remove(target);
        assertThat(canary()).isNull();
    }

    @Test
    void shouldNeverTakeOverOrDeleteAnIngressOfTheCanaryNameItDidNotCreate() {
        RouterFixtures.services(client);
        RouterFixtures.apply(client, STABLE_INGRESS);
        RouterFixtures.apply(client, STABLE_INGRESS.replace("name: orders\n", "name: orders-canary\n"));

        assertThatThrownBy(() -> routing.prepare(target)).isInstanceOf(RoutingException.class)
                .hasMessageContaining("Ingress shop/orders-canary already exists and was not created by this release");
        routing.remove(target);

        assertThat(canary()).isNotNull();
        assertThat(log).anyMatch(line -> line.contains("left in place"));
    }

    @Test
    void shouldNameWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> routing.prepare(target)).isInstanceOf(RoutingException.class)
                .hasMessage("The stable Service shop/orders does not exist: the router sends the stable share of the "
                        + "traffic to it.");
        RouterFixtures.services(client);
        assertThatThrownBy(() -> routing.setWeight(target, 10)).isInstanceOf(RoutingException.class)
                .hasMessageStartingWith("The stable route Ingress shop/orders does not exist");
        RouterFixtures.apply(client, STABLE_INGRESS.replace("name: orders, port", "name: legacy, port"));
        assertThatThrownBy(() -> routing.prepare(target)).isInstanceOf(RoutingException.class)
                .hasMessage("Ingress shop/orders has no path whose backend is the stable Service 'orders': there is "
                        + "nothing to copy into the canary Ingress.");
        assertThatThrownBy(() -> routing.setWeight(target, 101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 100 %, was 101");
    }

    @Test
    void shouldNameARouteKindTheClusterDoesNotServe() {
        RouterFixtures.services(client);
        ReleaseTarget istio = RouterFixtures.target(RouterKind.ISTIO);

        assertThatThrownBy(() -> TrafficRoutings.of(client, RouterKind.ISTIO, log::add).prepare(istio))
                .isInstanceOf(RoutingException.class).hasMessage("VirtualService shop/orders cannot be used: the "
                        + "cluster does not serve the API networking.istio.io/v1 (Istio is not installed); check the "
                        + "environment's traffic router.");
    }

    private Ingress canary() {
        return client.network().v1().ingresses().inNamespace(NS).withName("orders-canary").get();
    }
}
