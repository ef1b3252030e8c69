package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressLoadBalancerIngress;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated ingress controller assigns addresses to Ingresses of the declared classes only. */
class IngressControllerTest {

    private FakeKubernetes fake = FakeKubernetes.builder().defaultIngressController("nginx", "203.0.113.10")
            .ingressController("alb", "lb-1.elb.example.com").start();
    private KubernetesClient client = fake.client();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldCreateAnIngressClassPerDeclaredControllerMarkingTheDefault() {
        List<IngressClass> classes = client.network().v1().ingressClasses().list().getItems();

        assertThat(classes).extracting(c -> c.getMetadata().getName()).containsExactlyInAnyOrder("nginx", "alb");
        assertThat(classes).allSatisfy(c -> assertThat(c.getSpec().getController())
                .isEqualTo("skylark.jenkins.io/fake-ingress-controller"));
        assertThat(classes).filteredOn(c -> "true".equals(c.getMetadata().getAnnotations()
                .get("ingressclass.kubernetes.io/is-default-class"))).extracting(c -> c.getMetadata().getName())
                .containsExactly("nginx");
    }

    @Test
    void shouldAssignTheIpOfTheNamedClass() {
        create(ingress("web", "nginx"));

        assertThat(awaitAddress("web")).satisfies(a -> {
            assertThat(a.getIp()).isEqualTo("203.0.113.10");
            assertThat(a.getHostname()).isNull();
        });
    }

    @Test
    void shouldAssignAHostnameAddressAsHostname() {
        create(ingress("api", "alb"));

        assertThat(awaitAddress("api")).satisfies(a -> {
            assertThat(a.getHostname()).isEqualTo("lb-1.elb.example.com");
            assertThat(a.getIp()).isNull();
        });
    }

    @Test
    void shouldServeAnIngressWithoutClassThroughTheDefaultClass() {
        create(ingress("classless", null));

        assertThat(awaitAddress("classless").getIp()).isEqualTo("203.0.113.10");
    }

    @Test
    void shouldNeverAssignAnAddressForAnUnknownClass() {
        create(ingress("orphan", "traefik"));
        create(ingress("served", "nginx"));

        awaitAddress("served");
        assertThat(addresses(get("orphan"))).isEmpty();
    }

    @Test
    void shouldWaitTheExposureDelayInSimulatedTime() {
        fake.close();
        fake = FakeKubernetes.builder().ingressController("nginx", "203.0.113.10").exposureDelay(Duration.ofHours(1))
                .start();
        client = fake.client();
        create(ingress("later", "nginx"));
        awaitPasses(3);
        assertThat(addresses(get("later"))).as("before the delay").isEmpty();

        fake.clock().advance(Duration.ofHours(1));

        assertThat(awaitAddress("later").getIp()).isEqualTo("203.0.113.10");
    }

    @Test
    void shouldAssignNoAddressWhileTheClassIsSilencedAndRecoverWhenCleared() {
        fake.failures().onIngressClass("nginx");
        create(ingress("silenced", "nginx"));
        create(ingress("other", "alb"));
        awaitAddress("other");
        awaitPasses(3);
        assertThat(addresses(get("silenced"))).isEmpty();

        fake.failures().clear("nginx");

        assertThat(awaitAddress("silenced").getIp()).isEqualTo("203.0.113.10");
    }

    @Test
    void shouldKeepStatusAndGenerationRealistic() {
        Ingress created = create(ingress("gen", "nginx"));
        awaitAddress("gen");
        Ingress programmed = get("gen");
        Ingress edited = client.network().v1().ingresses().inNamespace("default").withName("gen")
                .edit(i -> new IngressBuilder(i).editSpec().editFirstRule().withHost("new.example.com").endRule()
                        .endSpec().build());

        assertThat(addresses(created)).isEmpty();
        assertThat(programmed.getMetadata().getGeneration()).as("status writes keep generation").isEqualTo(1);
        assertThat(edited.getMetadata().getGeneration()).isEqualTo(2);
        assertThat(edited.getStatus()).as("kept by spec writes").isEqualTo(programmed.getStatus());
    }

    private Ingress create(Ingress ingress) {
        return client.network().v1().ingresses().inNamespace("default").resource(ingress).create();
    }

    private Ingress get(String name) {
        return client.network().v1().ingresses().inNamespace("default").withName(name).get();
    }

    private IngressLoadBalancerIngress awaitAddress(String name) {
        return Fixtures.await(() -> addresses(get(name)).stream().findFirst().orElse(null));
    }

    static List<IngressLoadBalancerIngress> addresses(Ingress i) {
        return i.getStatus() == null || i.getStatus().getLoadBalancer() == null ? List.of()
                : i.getStatus().getLoadBalancer().getIngress();
    }

    /** Waits until the controllers ran {@code n} more passes, each seeing what was written before. */
    private void awaitPasses(int n) {
        long target = fake.reconcilePasses() + n;
        Fixtures.await(() -> fake.reconcilePasses() >= target ? Boolean.TRUE : null);
    }

    static Ingress ingress(String name, String className) {
        return new IngressBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().withIngressClassName(className).addNewRule().withHost(name + ".example.com")
                .withNewHttp().addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService()
                .withName(name).withNewPort().withNumber(80).endPort().endService().endBackend().endPath()
                .endHttp().endRule().endSpec().build();
    }
}
