package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkloadControllersTest {

    private final FakeKubernetes fake = FakeKubernetes.builder().speed(20).start();
    private final KubernetesClient client = fake.client();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldRollStatefulSetToNewRevision() {
        StatefulSet sts = Fixtures.apply(client, Fixtures.load(client, "statefulset.yaml", StatefulSet.class));
        StatefulSet first = awaitStatefulSet(s -> s.getStatus().getReadyReplicas() == 2);
        sts.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("registry.example/db:2");
        sts.getMetadata().setManagedFields(null);
        sts.getMetadata().setResourceVersion(null);
        Fixtures.apply(client, sts);

        StatefulSet done = awaitStatefulSet(s -> s.getStatus().getUpdateRevision() != null
                && !s.getStatus().getUpdateRevision().equals(first.getStatus().getUpdateRevision())
                && s.getStatus().getCurrentRevision().equals(s.getStatus().getUpdateRevision()));

        assertThat(done.getStatus().getUpdatedReplicas()).isEqualTo(2);
        assertThat(client.pods().inNamespace("default").withLabel("app", "db").list().getItems())
                .extracting(p -> p.getMetadata().getName()).containsExactlyInAnyOrder("db-0", "db-1");
        assertThat(client.apps().controllerRevisions().inNamespace("default").list().getItems())
                .extracting(r -> r.getRevision()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void shouldRunOneDaemonSetPodPerNode() {
        Fixtures.apply(client, Fixtures.load(client, "daemonset.yaml", DaemonSet.class));

        DaemonSet ds = client.apps().daemonSets().inNamespace("default").withName("agent").waitUntilCondition(
                d -> d.getStatus() != null && Objects.equals(d.getStatus().getNumberReady(), 2), 30, TimeUnit.SECONDS);

        assertThat(ds.getStatus().getDesiredNumberScheduled()).isEqualTo(2);
        assertThat(ds.getStatus().getUpdatedNumberScheduled()).isEqualTo(2);
        assertThat(client.pods().inNamespace("default").withLabel("app", "agent").list().getItems())
                .extracting(p -> p.getSpec().getNodeName()).containsExactlyInAnyOrder("fake-node-1", "fake-node-2");
    }

    @Test
    void shouldReflectScaleInStatus() {
        Deployment d = Fixtures.awaitRollout(client, Fixtures.apply(client, "deployment.yaml"));

        client.apps().deployments().inNamespace("default").withName("web").scale(4);

        Deployment scaled = Fixtures.awaitRollout(client, client.apps().deployments().inNamespace("default")
                .withName("web").get());
        assertThat(scaled.getStatus().getAvailableReplicas()).isEqualTo(4);
        assertThat(scaled.getMetadata().getGeneration()).isEqualTo(d.getMetadata().getGeneration() + 1);
    }

    @Test
    void shouldDeletePodsWithTheirDeployment() {
        Fixtures.awaitRollout(client, Fixtures.apply(client, "deployment.yaml"));

        client.apps().deployments().inNamespace("default").withName("web").delete();

        assertThat(Fixtures.await(() -> client.pods().inNamespace("default").withLabel("app", "web").list()
                .getItems().isEmpty() ? Boolean.TRUE : null)).isTrue();
        assertThat(client.apps().replicaSets().inNamespace("default").list().getItems()).isEmpty();
    }

    private StatefulSet awaitStatefulSet(java.util.function.Predicate<StatefulSet> condition) {
        return client.apps().statefulSets().inNamespace("default").withName("db").waitUntilCondition(
                s -> s != null && s.getStatus() != null && s.getStatus().getReadyReplicas() != null
                        && condition.test(s), 30, TimeUnit.SECONDS);
    }
}
