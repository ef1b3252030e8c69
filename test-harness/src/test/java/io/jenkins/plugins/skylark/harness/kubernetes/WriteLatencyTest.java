package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writes are answered after the configured latency (as after etcd's commit); reads are not, and waits overlap. */
class WriteLatencyTest {

    private static final Duration LATENCY = Duration.ofMillis(800);

    private final FakeKubernetes fake = FakeKubernetes.builder().controllers(false).writeLatency(LATENCY).start();
    private final KubernetesClient client = fake.client();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldAnswerWritesAfterTheLatencyWithTheWriteAlreadyApplied() {
        long start = System.nanoTime();
        ConfigMap created = client.configMaps().inNamespace("default").resource(configMap("first")).create();
        long elapsed = System.nanoTime() - start;

        assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(LATENCY);
        assertThat(created.getMetadata().getResourceVersion()).isNotBlank();
        assertThat(client.configMaps().inNamespace("default").withName("first").get().getData())
                .containsEntry("key", "first");
    }

    @Test
    void shouldLetConcurrentWritesWaitAtTheSameTime() {
        int writes = 4;
        long start = System.nanoTime();
        List<CompletableFuture<ConfigMap>> pending = IntStream.range(0, writes)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> Fixtures.apply(client, configMap("parallel-" + i))))
                .toList();
        pending.forEach(CompletableFuture::join);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        // one after another they would need writes x latency (3.2 s); together they need one latency and a little
        assertThat(elapsed).isGreaterThanOrEqualTo(LATENCY).isLessThan(LATENCY.multipliedBy(writes - 1));
        assertThat(client.configMaps().inNamespace("default").list().getItems()).hasSize(writes);
    }

    private static ConfigMap configMap(String name) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .addToData("key", name).build();
    }
}
