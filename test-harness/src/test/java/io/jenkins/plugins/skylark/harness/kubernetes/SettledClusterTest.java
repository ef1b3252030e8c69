package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The controllers stop polling once nothing can change, and wake up for writes and failure rules. */
class SettledClusterTest {

    private final FakeKubernetes fake = FakeKubernetes.start();
    private final KubernetesClient client = fake.client();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldStopPassesOnceRolledOutAndReconcileTheNextWrite() {
        Deployment web = Fixtures.awaitRollout(client, Fixtures.apply(client, "deployment.yaml"));
        awaitSettled();

        web.getSpec().setReplicas(3);
        Deployment scaled = Fixtures.awaitRollout(client, Fixtures.apply(client, web));

        assertThat(scaled.getStatus().getAvailableReplicas()).isEqualTo(3);
        assertThat(pods()).hasSize(3);
    }

    @Test
    void shouldWakeUpForAFailureRuleOnASettledCluster() {
        Fixtures.awaitRollout(client, Fixtures.apply(client, "deployment.yaml"));
        awaitSettled();

        fake.failures().onWorkload("web", RolloutFailure.READINESS);

        Fixtures.await(() -> pods().stream().noneMatch(SettledClusterTest::ready) ? Boolean.TRUE : null);
        fake.failures().clearAll();
        Fixtures.await(() -> pods().stream().allMatch(SettledClusterTest::ready) ? Boolean.TRUE : null);
    }

    @Test
    void shouldRunNoPassesWithoutControllers() {
        try (FakeKubernetes apiOnly = FakeKubernetes.builder().controllers(false).start()) {
            Fixtures.apply(apiOnly.client(), "deployment.yaml");

            assertThat(apiOnly.reconcilePasses()).isZero();
            assertThat(apiOnly.client().apps().replicaSets().inNamespace("default").list().getItems()).isEmpty();
        }
    }

    /** Waits until a quarter second (ten ticks) passes without a reconcile pass. */
    private void awaitSettled() {
        Fixtures.await(() -> {
            long before = fake.reconcilePasses();
            sleep(250);
            return fake.reconcilePasses() == before ? Boolean.TRUE : null;
        });
    }

    private List<Pod> pods() {
        return client.pods().inNamespace("default").withLabel("app", "web").list().getItems();
    }

    private static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
