package io.jenkins.plugins.skylark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.cluster.KubernetesClients;
import io.jenkins.plugins.skylark.deploy.manifest.Fixtures;
import io.jenkins.plugins.skylark.deploy.manifest.InvalidManifestException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Everything up to and including apply, against the CRUD API server (no rollout). */
class DeployEngineValidationTest {
    private static final String TOKEN = "s3cr3t-token-value";
    private static final String IMAGE = "registry.example/shop/orders@sha256:" + "b".repeat(64);

    private final CrudApiServer server = new CrudApiServer();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final ClusterAccess access = ClusterAccess.withToken(server.url(), null, false, TOKEN);

    @AfterEach
    void stop() {
        server.close();
    }

    private static DeployRequest request(List<String> manifests, String image) {
        DeployTarget target = new DeployTarget("shop", "prod", "shop-prod", "https://ci.example/job/orders/7/", "orders#7");
        return new DeployRequest(target, "orders", image, null, "0123abc", Set.of(), manifests,
                DeployOptions.defaults().withWaitForRollout(false));
    }

    @Test
    void shouldRefuseHostileManifestsAndApplyNothing() {
        try (DeployEngine engine = DeployEngine.connect(access, lines::add);
                KubernetesClient client = KubernetesClients.create(access)) {
            assertThatThrownBy(() -> engine.deploy(request(List.of("app.yaml", "hostile.yaml"), IMAGE), Fixtures.folder()))
                    .isInstanceOfSatisfying(InvalidManifestException.class, e -> assertThat(e.problems()).hasSize(3));

            assertThat(client.configMaps().inAnyNamespace().list().getItems()).isEmpty();
            assertThat(client.apps().deployments().inAnyNamespace().list().getItems()).isEmpty();
            assertThat(client.namespaces().list().getItems()).isEmpty();
        }
    }

    @Test
    void shouldRefuseMalformedYamlAndApplyNothing() {
        try (DeployEngine engine = DeployEngine.connect(access, lines::add);
                KubernetesClient client = KubernetesClients.create(access)) {
            assertThatThrownBy(() -> engine.deploy(request(List.of("app.yaml", "malformed.yaml"), IMAGE), Fixtures.folder()))
                    .hasMessageContaining("malformed.yaml:10");

            assertThat(client.configMaps().inAnyNamespace().list().getItems()).isEmpty();
        }
    }

    @Test
    void shouldRefuseATagOnlyImageBeforeApplying() {
        try (DeployEngine engine = DeployEngine.connect(access, lines::add);
                KubernetesClient client = KubernetesClients.create(access)) {
            assertThatThrownBy(() -> engine.deploy(request(List.of("app.yaml"), "registry.example/shop/orders:2.0"),
                    Fixtures.folder())).hasMessageContaining("not pinned by digest");

            assertThat(client.apps().deployments().inAnyNamespace().list().getItems()).isEmpty();
        }
    }

    @Test
    void shouldApplyAFolderAndMultiDocumentFileIntoTheEnvironmentNamespace() {
        try (DeployEngine engine = DeployEngine.connect(access, lines::add);
                KubernetesClient client = KubernetesClients.create(access)) {
            DeployResult result = engine.deploy(request(List.of("folder", "app.yaml"), IMAGE), Fixtures.folder());

            assertThat(result.succeeded()).isTrue();
            assertThat(client.services().inNamespace("shop-prod").withName("orders").get()).isNotNull();
            assertThat(client.serviceAccounts().inNamespace("shop-prod").withName("orders").get()).isNotNull();
            assertThat(client.configMaps().inNamespace("shop-prod").withName("orders-config").get().getMetadata()
                    .getAnnotations()).containsEntry("skylark.jenkins.io/build-url", "https://ci.example/job/orders/7/");
            Deployment deployment = client.apps().deployments().inNamespace("shop-prod").withName("orders").get();
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo(IMAGE);
            assertThat(result.events()).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(DeliveryEventType.DEPLOYED);
                assertThat(event.version()).isEqualTo(IMAGE);
                assertThat(event.idempotencyKey()).isEqualTo("orders#7|orders|prod|DEPLOYED");
            });
            assertThat(lines).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
        }
    }

    @Test
    void shouldConnectWithKubeconfigContentHeldInMemory() {
        String kubeconfig = """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "%s"}}]
                users: [{name: u, user: {token: %s}}]
                contexts: [{name: x, context: {cluster: c, user: u, namespace: shop-prod}}]
                current-context: x
                """.formatted(server.url(), TOKEN);
        ClusterAccess fromKubeconfig = ClusterAccess.withKubeconfig(kubeconfig);
        try (DeployEngine engine = DeployEngine.connect(fromKubeconfig, lines::add)) {
            DeployResult result = engine.deploy(request(List.of("folder"), null), Fixtures.folder());

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.SUCCEEDED);
        }
        assertThat(fromKubeconfig.toString()).doesNotContain(TOKEN).contains("kubeconfig");
    }
}
