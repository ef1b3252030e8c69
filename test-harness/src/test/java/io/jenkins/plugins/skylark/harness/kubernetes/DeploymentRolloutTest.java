package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeploymentRolloutTest {

    private final FakeKubernetes fake = FakeKubernetes.start();
    private final KubernetesClient client = fake.client();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldRollOutDeploymentToAvailablePods() {
        Deployment applied = Fixtures.apply(client, "deployment.yaml");

        Deployment done = Fixtures.awaitRollout(client, applied);

        assertThat(done.getStatus().getObservedGeneration()).isEqualTo(done.getMetadata().getGeneration());
        assertThat(done.getStatus().getAvailableReplicas()).isEqualTo(2);
        assertThat(done.getStatus().getUpdatedReplicas()).isEqualTo(2);
        assertThat(done.getStatus().getConditions()).anySatisfy(c -> {
            assertThat(c.getType()).isEqualTo("Progressing");
            assertThat(c.getReason()).isEqualTo("NewReplicaSetAvailable");
        });
        List<ReplicaSet> sets = client.apps().replicaSets().inNamespace("default").list().getItems();
        assertThat(sets).singleElement().satisfies(rs -> assertThat(rs.getMetadata().getAnnotations())
                .containsEntry("deployment.kubernetes.io/revision", "1"));
        assertThat(client.pods().inNamespace("default").withLabel("app", "web").list().getItems())
                .hasSize(2).allSatisfy(p -> assertThat(p.getStatus().getPhase()).isEqualTo("Running"));
    }
}
