package io.jenkins.plugins.skylark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.expose.ExposePath;
import io.jenkins.plugins.skylark.deploy.expose.ExposeRequest;
import io.jenkins.plugins.skylark.deploy.expose.InvalidExposeException;
import io.jenkins.plugins.skylark.deploy.expose.Router;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** platformExpose's engine operations on the fake cluster with its simulated ingress controller. */
class ExposeEngineTest {
    static final String NS = "shop-dev";
    static final DeployOptions QUICK = DeployOptions.defaults().withTimeout(Duration.ofSeconds(30))
            .withPollInterval(Duration.ofMillis(50));

    final FakeKubernetes cluster = FakeKubernetes.builder().namespaces(NS).speed(30)
            .ingressController("nginx", "203.0.113.10").start();
    final List<String> log = new ArrayList<>();
    final DeployEngine engine = new DeployEngine(cluster.newClient(NS), log::add, Clock.systemUTC());

    @AfterEach
    void close() {
        engine.close();
        cluster.close();
    }

    static ExposeRequest request(String application, String ingressClass, String tls) {
        return new ExposeRequest(application, NS, List.of("orders.shop.example.com"), List.of(ExposePath.prefix("/")),
                8080, tls, Router.ingress(ingressClass), Map.of("nginx.ingress.kubernetes.io/proxy-body-size", "8m"),
                List.of("nginx.ingress.kubernetes.io/*"), false, null);
    }

    DeployResult expose(ExposeRequest request, DeployOptions options) {
        return engine.applyExpose(request).then(applied -> engine.awaitExpose(applied, options));
    }

    @Test
    void shouldServeTheIngressAndReturnUrlAddressAndObjects() {
        DeployResult result = expose(request("orders", "nginx", "orders-tls"), QUICK);

        assertThat(result.succeeded()).as(result.message()).isTrue();
        assertThat(result.exposed().url()).isEqualTo("https://orders.shop.example.com/");
        assertThat(result.exposed().address()).isEqualTo("203.0.113.10");
        assertThat(result.exposed().objects()).containsExactly("Service/orders", "Ingress/orders");
        assertThat(log).contains("Exposed at https://orders.shop.example.com/ (load-balancer address: 203.0.113.10)");
    }

    @Test
    void shouldUseTheServiceTheManifestsBroughtInsteadOfCreatingOne() {
        KubernetesClient client = cluster.client();
        client.resource(new ServiceBuilder().withNewMetadata().withName("orders").withNamespace(NS)
                .addToLabels(SkylarkLabels.APPLICATION, "orders").endMetadata().withNewSpec().addNewPort().withPort(80)
                .endPort().endSpec().build()).fieldManager(SkylarkLabels.FIELD_MANAGER).serverSideApply();

        DeployResult result = expose(request("orders", "nginx", null), QUICK);

        assertThat(result.exposed().objects()).containsExactly("Ingress/orders");
        assertThat(client.services().inNamespace(NS).withName("orders").get().getSpec().getPorts().get(0).getPort())
                .isEqualTo(80);
    }

    @Test
    void shouldNameTheMissingIngressClassOnTimeout() {
        DeployResult result = expose(request("orders", "alb", null), QUICK.withTimeout(Duration.ofSeconds(1)));

        assertThat(result.status()).isEqualTo(DeployStatus.FAILED);
        assertThat(result.message()).contains("Ingress shop-dev/orders was not served within 1 s: no load-balancer address yet")
                .contains("IngressClass 'alb' does not exist in the cluster");
    }

    @Test
    void shouldSayNoControllerPickedTheClassUp() {
        cluster.client().network().v1().ingressClasses().resource(new IngressClassBuilder().withNewMetadata()
                .withName("internal").endMetadata().withNewSpec().withController("example.com/nobody").endSpec().build())
                .create();

        DeployResult result = expose(request("orders", "internal", null), QUICK.withTimeout(Duration.ofSeconds(1)));

        assertThat(result.message()).contains("No ingress controller has picked up IngressClass 'internal'");
    }

    @Test
    void shouldNeverTakeOverAnAnnotationAnotherManagerOwns() {
        cluster.client().resource(new IngressBuilder().withNewMetadata().withName("orders").withNamespace(NS)
                .addToLabels(SkylarkLabels.APPLICATION, "orders")
                .addToAnnotations("nginx.ingress.kubernetes.io/proxy-body-size", "1m").endMetadata().withNewSpec()
                .withIngressClassName("nginx").endSpec().build()).fieldManager("kubectl").serverSideApply();

        assertThatThrownBy(() -> engine.applyExpose(request("orders", "nginx", null)))
                .isInstanceOf(InvalidExposeException.class)
                .hasMessageContaining("Ingress shop-dev/orders: fields owned by another field manager (\"kubectl\")")
                .hasMessageContaining("proxy-body-size");
        assertThat(cluster.client().network().v1().ingresses().inNamespace(NS).withName("orders").get().getMetadata()
                .getAnnotations()).containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "1m");
    }

    @Test
    void shouldRefuseAHostAndPathAnotherApplicationServes() {
        expose(request("payments", "nginx", null), QUICK);

        assertThatThrownBy(() -> engine.applyExpose(request("orders", "nginx", null)))
                .isInstanceOf(InvalidExposeException.class)
                .hasMessageContaining("Host orders.shop.example.com path / is already served by Ingress shop-dev/payments "
                        + "(application: payments); orders cannot take it over.");
        assertThat(cluster.client().network().v1().ingresses().inNamespace(NS).withName("orders").get()).isNull();
    }

    @Test
    void shouldRemoveOnlyWhatTheExposeCreated() {
        expose(request("orders", "nginx", null), QUICK);
        HasMetadata foreign = new ServiceBuilder().withNewMetadata().withName("orders-admin").withNamespace(NS)
                .addToLabels(SkylarkLabels.APPLICATION, "orders").addToLabels(SkylarkLabels.EXPOSED, "true").endMetadata()
                .withNewSpec().addNewPort().withPort(9000).endPort().endSpec().build();
        cluster.client().resource(foreign).fieldManager("helm").serverSideApply();

        DeployResult result = engine.unexpose(new DeployTarget("shop", "dev", NS, null, null), "orders");

        assertThat(result.exposed().objects()).containsExactlyInAnyOrder("Service/orders", "Ingress/orders");
        assertThat(result.exposed().kept()).containsExactly("Service/orders-admin");
        assertThat(log).contains("Left Service/orders-admin in namespace shop-dev: it carries Skylark's labels but was "
                + "created by another tool (helm)");
        assertThat(cluster.client().services().inNamespace(NS).withName("orders-admin").get()).isNotNull();
        assertThat(cluster.client().services().inNamespace(NS).withName("orders").get()).isNull();
        assertThat(cluster.client().network().v1().ingresses().inNamespace(NS).withName("orders").get()).isNull();
    }
}
