package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
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

    @Test
    void shouldCountPodsAvailableOnlyOnceReadyForMinReadySecondsOfSimulatedTime() {
        Deployment web = Fixtures.load(client, "deployment.yaml", Deployment.class);
        web.getSpec().setMinReadySeconds(3600); // six real minutes at the default speed: the pause is deliberate
        web.getSpec().setProgressDeadlineSeconds(7200); // a real server requires it above minReadySeconds
        Fixtures.apply(client, web);

        Deployment waiting = Fixtures.await(() -> {
            Deployment d = deployment();
            return d.getStatus() != null && Fixtures.orZero(d.getStatus().getReadyReplicas()) == 2 ? d : null;
        });
        assertThat(waiting.getStatus().getAvailableReplicas()).isNull();
        assertThat(waiting.getStatus().getConditions()).anySatisfy(c -> {
            assertThat(c.getType()).isEqualTo("Available");
            assertThat(c.getStatus()).isEqualTo("False");
        });

        fake.clock().advance(Duration.ofHours(1));

        assertThat(Fixtures.awaitRollout(client, web).getStatus().getAvailableReplicas()).isEqualTo(2);
    }

    @Test
    void shouldCarryAChangedMinReadySecondsToTheReplicaSet() {
        Deployment web = Fixtures.awaitRollout(client, Fixtures.apply(client, "deployment.yaml"));

        web.getSpec().setMinReadySeconds(5);
        Fixtures.apply(client, web);

        ReplicaSet rs = Fixtures.await(() -> client.apps().replicaSets().inNamespace("default").list().getItems()
                .stream().filter(r -> Integer.valueOf(5).equals(r.getSpec().getMinReadySeconds())).findFirst()
                .orElse(null));
        assertThat(client.apps().replicaSets().inNamespace("default").list().getItems())
                .extracting(r -> r.getMetadata().getName()).containsExactly(rs.getMetadata().getName());
    }

    private Deployment deployment() {
        return client.apps().deployments().inNamespace("default").withName("web").get();
    }
}
