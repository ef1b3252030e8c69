package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiServerTest {

    private static FakeKubernetes fake;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        fake = FakeKubernetes.builder().namespaces("crud", "selected").start();
        client = fake.client();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void shouldCreateReadUpdateAndDeleteConfigMaps() {
        ConfigMap created = client.configMaps().inNamespace("crud").resource(configMap("settings", "1")).create();
        ConfigMap updated = client.configMaps().inNamespace("crud").withName("settings")
                .edit(cm -> new ConfigMapBuilder(cm).addToData("level", "2").build());

        assertThat(updated.getData()).containsEntry("level", "2");
        assertThat(Long.parseLong(updated.getMetadata().getResourceVersion()))
                .isGreaterThan(Long.parseLong(created.getMetadata().getResourceVersion()));
        assertThat(client.configMaps().inNamespace("crud").list().getItems()).extracting(c -> c.getMetadata().getName())
                .contains("settings");
        assertThat(client.configMaps().inNamespace("crud").withName("settings").delete()).hasSize(1);
        assertThat(client.configMaps().inNamespace("crud").withName("settings").get()).isNull();
    }

    @Test
    void shouldFindObjectsByNameAfterTheirLabelsChangeAndNotAfterDelete() {
        client.configMaps().inNamespace("crud").resource(configMap("relabelled", "1")).create();
        client.configMaps().inNamespace("crud").resource(configMap("neighbour", "1")).create();
        client.configMaps().inNamespace("crud").withName("relabelled")
                .edit(cm -> new ConfigMapBuilder(cm).editMetadata().addToLabels("tier", "web").endMetadata().build());

        assertThat(client.configMaps().inNamespace("crud").withName("relabelled").get().getMetadata().getLabels())
                .containsEntry("tier", "web");
        assertThat(client.configMaps().inNamespace("crud").withLabel("tier", "web").list().getItems())
                .extracting(c -> c.getMetadata().getName()).containsExactly("relabelled");
        assertThatThrownBy(() -> client.configMaps().inNamespace("crud").resource(configMap("relabelled", "2")).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));

        client.configMaps().inNamespace("crud").withName("relabelled").delete();
        assertThat(client.configMaps().inNamespace("crud").withName("relabelled").get()).isNull();
        assertThat(client.configMaps().inNamespace("crud").withName("neighbour").get()).isNotNull();
        assertThat(client.configMaps().inNamespace("crud").resource(configMap("relabelled", "3")).create()
                .getData()).containsEntry("level", "3");
    }

    @Test
    void shouldRejectObjectsInMissingNamespace() {
        assertThatThrownBy(() -> client.configMaps().inNamespace("nowhere").resource(configMap("x", "1")).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("namespaces \"nowhere\" not found");
                });
    }

    @Test
    void shouldRejectStaleResourceVersion() {
        ConfigMap created = client.configMaps().inNamespace("crud").resource(configMap("stale", "1")).create();
        client.configMaps().inNamespace("crud").withName("stale").edit(cm -> configMap("stale", "2"));

        assertThatThrownBy(() -> client.configMaps().inNamespace("crud").resource(created).update())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    }

    @Test
    void shouldMergePatchWithNullDeletingKeys() {
        client.configMaps().inNamespace("crud").resource(new ConfigMapBuilder(configMap("patched", "1"))
                .addToData("drop", "me").build()).create();

        ConfigMap patched = client.configMaps().inNamespace("crud").withName("patched")
                .patch(io.fabric8.kubernetes.client.dsl.base.PatchContext.of(
                        io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
                        "{\"data\":{\"drop\":null,\"level\":\"3\"}}");

        assertThat(patched.getData()).containsOnly(java.util.Map.entry("level", "3"));
    }

    @Test
    void shouldServeDiscoveryForKindsInUse() throws Exception {
        assertThat(get("/api").body()).contains("\"versions\":[\"v1\"]");
        assertThat(get("/apis").body()).contains("\"name\":\"apps\"", "\"name\":\"networking.k8s.io\"");
        assertThat(get("/api/v1").body()).contains("\"kind\":\"Pod\"", "\"kind\":\"Service\"",
                "\"kind\":\"ConfigMap\"", "\"kind\":\"Secret\"", "\"kind\":\"Event\"", "\"kind\":\"Namespace\"");
        assertThat(get("/apis/apps/v1").body()).contains("\"kind\":\"Deployment\"", "\"kind\":\"StatefulSet\"",
                "\"kind\":\"DaemonSet\"", "\"kind\":\"ReplicaSet\"", "\"name\":\"deployments/scale\"");
        assertThat(get("/apis/networking.k8s.io/v1").body()).contains("\"kind\":\"Ingress\"");
        assertThat(client.getApiGroups().getGroups()).extracting(g -> g.getName()).contains("apps");
    }

    @Test
    void shouldAnswerNotFoundForUnknownKinds() throws Exception {
        HttpResponse<String> response = get("/apis/example.com/v1/namespaces/default/widgets");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"reason\":\"NotFound\"");
    }

    @Test
    void shouldRejectWrongToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fake.url() + "/api/v1/namespaces")).header("Authorization", "Bearer wrong").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldFilterListsBySetBasedLabelAndFieldSelectors() throws Exception {
        for (String tier : List.of("web", "api", "db")) {
            client.configMaps().inNamespace("selected").resource(new ConfigMapBuilder().withNewMetadata()
                    .withName("tier-" + tier).addToLabels("tier", tier).endMetadata().build()).create();
        }

        assertThat(names(client.configMaps().inNamespace("selected").withLabelIn("tier", "web", "api").list()
                .getItems())).containsExactlyInAnyOrder("tier-web", "tier-api");
        assertThat(names(client.configMaps().inNamespace("selected").withLabelNotIn("tier", "web", "api").list()
                .getItems())).containsExactly("tier-db");
        assertThat(names(client.configMaps().inNamespace("selected").withField("metadata.name", "tier-api").list()
                .getItems())).containsExactly("tier-api");
        assertThat(get("/api/v1/namespaces/selected/configmaps?fieldSelector=data.level%3D1").statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldListWithTypedKind() throws Exception {
        assertThat(get("/api/v1/namespaces").body()).contains("\"kind\":\"NamespaceList\"");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fake.url() + path))
                .header("Authorization", "Bearer " + fake.token()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(List<ConfigMap> configMaps) {
        return configMaps.stream().map(c -> c.getMetadata().getName()).toList();
    }

    private static ConfigMap configMap(String name, String level) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().addToData("level", level)
                .build();
    }
}
