package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cluster whose controllers notice new generations late serves the previous generation's status meanwhile. */
class ObservationLagTest {

    /** Six real minutes at the default speed: nothing is noticed unless the test moves the clock. */
    private static final Duration LAG = Duration.ofHours(1);

    private final FakeKubernetes fake = FakeKubernetes.builder().observationLag(LAG).start();
    private final KubernetesClient client = fake.client();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldKeepThePreviousGenerationsStatusUntilTheLagHasPassed() {
        Deployment applied = Fixtures.apply(client, "deployment.yaml");
        passes(2);
        assertThat(deployment().getStatus()).as("not noticed yet").isNull();

        fake.clock().advance(LAG);
        Fixtures.awaitRollout(client, applied);
        Deployment scaled = Fixtures.load(client, "deployment.yaml", Deployment.class);
        scaled.getSpec().setReplicas(1);
        Fixtures.apply(client, scaled);
        passes(2);

        Deployment stale = deployment();
        assertThat(stale.getStatus().getObservedGeneration()).isLessThan(stale.getMetadata().getGeneration());
        assertThat(stale.getStatus().getUpdatedReplicas()).as("2 of 1 updated").isEqualTo(2);
        assertThat(Fixtures.rolledOut(stale)).isFalse();

        fake.clock().advance(LAG);
        Deployment done = Fixtures.awaitRollout(client, stale);
        assertThat(done.getStatus().getUpdatedReplicas()).isEqualTo(1);
    }

    @Test
    void shouldNoticeAtOnceWithoutALag() {
        try (FakeKubernetes prompt = FakeKubernetes.start()) {
            Deployment applied = Fixtures.apply(prompt.client(), "deployment.yaml");

            assertThat(Fixtures.awaitRollout(prompt.client(), applied).getStatus().getObservedGeneration())
                    .isEqualTo(applied.getMetadata().getGeneration());
        }
    }

    /** Waits for {@code n} more controller passes: the lag counts from the pass that first lists a generation. */
    private void passes(int n) {
        long target = fake.reconcilePasses() + n;
        Fixtures.await(() -> fake.reconcilePasses() >= target ? Boolean.TRUE : null);
    }

    private Deployment deployment() {
        return client.apps().deployments().inNamespace("default").withName("web").get();
    }
}
