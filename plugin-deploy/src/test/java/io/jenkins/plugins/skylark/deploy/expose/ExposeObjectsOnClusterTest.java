package io.jenkins.plugins.skylark.deploy.expose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The produced objects as an API server takes them, and the conflict check on what it lists back. */
class ExposeObjectsOnClusterTest {
    private static final String NS = "shop-prod";

    @Test
    void shouldBeAcceptedByTheApiServerAndGuardTheirHostAndPathAfterwards() {
        try (FakeKubernetes cluster = FakeKubernetes.builder().namespaces(NS).start()) {
            KubernetesClient client = cluster.client();
            ExposeRequest payments = ExposeRequests.withApplication(ExposeRequests.ingress(), "payments");
            for (HasMetadata object : ExposeObjects.of(payments)) {
                client.resource(object).fieldManager(SkylarkLabels.FIELD_MANAGER).serverSideApply();
            }

            List<Ingress> listed = client.network().v1().ingresses().inNamespace(NS).list().getItems();
            assertThat(listed).singleElement().satisfies(ingress -> {
                assertThat(ingress.getSpec().getRules()).hasSize(2);
                assertThat(ingress.getSpec().getTls()).singleElement()
                        .satisfies(tls -> assertThat(tls.getSecretName()).isEqualTo("orders-tls"));
            });
            assertThat(client.services().inNamespace(NS).withName("payments").get().getSpec().getSelector())
                    .containsEntry(SkylarkLabels.APPLICATION, "payments");
            assertThatThrownBy(() -> RouteConflicts.check(ExposeRequests.ingress(), listed))
                    .isInstanceOf(InvalidExposeException.class).hasMessageContaining("Ingress shop-prod/payments");
        }
    }
}
