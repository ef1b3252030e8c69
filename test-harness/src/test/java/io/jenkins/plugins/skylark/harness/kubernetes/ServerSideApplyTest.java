package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerSideApplyTest {

    private static FakeKubernetes fake;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        fake = FakeKubernetes.builder().namespaces("ssa").start();
        client = fake.client();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void shouldCreateMissingObjectAndRecordManager() {
        Deployment applied = Fixtures.apply(client, inSsa(Fixtures.load(client, "deployment.yaml", Deployment.class),
                "created"));

        assertThat(applied.getMetadata().getGeneration()).isEqualTo(1);
        assertThat(applied.getMetadata().getUid()).isNotBlank();
        assertThat(applied.getSpec().getRevisionHistoryLimit()).as("defaulted").isEqualTo(10);
        assertThat(applied.getMetadata().getManagedFields()).singleElement().satisfies(m -> {
            assertThat(m.getManager()).isEqualTo("skylark");
            assertThat(m.getOperation()).isEqualTo("Apply");
        });
    }

    @Test
    void shouldNotChangeObjectWhenSameConfigurationIsAppliedAgain() {
        Deployment manifest = inSsa(Fixtures.load(client, "deployment.yaml", Deployment.class), "same");
        Deployment first = Fixtures.apply(client, manifest);

        Deployment second = Fixtures.apply(client, inSsa(Fixtures.load(client, "deployment.yaml", Deployment.class),
                "same"));

        assertThat(second.getMetadata().getResourceVersion()).isEqualTo(first.getMetadata().getResourceVersion());
        assertThat(second.getMetadata().getGeneration()).isEqualTo(first.getMetadata().getGeneration());
    }

    @Test
    void shouldBumpGenerationOnlyWhenSpecChanges() {
        Deployment first = Fixtures.apply(client, inSsa(Fixtures.load(client, "deployment.yaml", Deployment.class),
                "gen"));
        Deployment labelled = Fixtures.apply(client, new DeploymentBuilder(first).editMetadata()
                .addToLabels("team", "a").withResourceVersion(null).withManagedFields().endMetadata().build());
        Deployment rescaled = Fixtures.apply(client, new DeploymentBuilder(labelled).editMetadata()
                .withResourceVersion(null).withManagedFields().endMetadata().editSpec().withReplicas(3).endSpec()
                .build());

        assertThat(labelled.getMetadata().getGeneration()).isEqualTo(first.getMetadata().getGeneration());
        assertThat(rescaled.getMetadata().getGeneration()).isEqualTo(first.getMetadata().getGeneration() + 1);
    }

    @Test
    void shouldDropFieldsTheManagerNoLongerApplies() {
        Deployment manifest = inSsa(Fixtures.load(client, "deployment.yaml", Deployment.class), "drop");
        Fixtures.apply(client, manifest);
        manifest.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().clear();
        manifest.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().add(new EnvVar("NEW", "1", null));

        Deployment reapplied = Fixtures.apply(client, manifest);

        assertThat(reapplied.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .extracting(EnvVar::getName).containsExactly("NEW");
    }

    @Test
    void shouldKeepFieldsOwnedByOtherManagers() {
        client.configMaps().inNamespace("ssa").resource(configMap("shared", "a", "1")).fieldManager("other")
                .serverSideApply();

        ConfigMap merged = client.configMaps().inNamespace("ssa").resource(configMap("shared", "b", "2"))
                .fieldManager("skylark").serverSideApply();

        assertThat(merged.getData()).containsEntry("a", "1").containsEntry("b", "2");
    }

    @Test
    void shouldReportConflictUnlessForced() {
        client.configMaps().inNamespace("ssa").resource(configMap("owned", "a", "1")).fieldManager("other")
                .serverSideApply();

        assertThatThrownBy(() -> client.configMaps().inNamespace("ssa").resource(configMap("owned", "a", "2"))
                .fieldManager("skylark").serverSideApply())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("conflict with \"other\": .data.a");
                });
        assertThat(client.configMaps().inNamespace("ssa").resource(configMap("owned", "a", "2"))
                .fieldManager("skylark").forceConflicts().serverSideApply().getData()).containsEntry("a", "2");
    }

    private static Deployment inSsa(Deployment d, String name) {
        d.getMetadata().setNamespace("ssa");
        d.getMetadata().setName(name);
        return d;
    }

    private static ConfigMap configMap(String name, String key, String value) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace("ssa").endMetadata()
                .addToData(key, value).build();
    }
}
