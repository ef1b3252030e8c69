package io.jenkins.plugins.skylark.deploy.release.state;

import static io.jenkins.plugins.skylark.deploy.release.state.ReleaseStates.NS;
import static io.jenkins.plugins.skylark.deploy.release.state.ReleaseStates.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseStoreTest {
    private static final String MAP = "skylark-release-orders";
    private static FakeKubernetes cluster;
    private static KubernetesClient client;
    private final ReleaseStore store = new ReleaseStore(client);

    @BeforeAll
    static void start() {
        cluster = FakeKubernetes.builder().namespaces(NS).controllers(false).start();
        client = cluster.client();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @BeforeEach
    void clean() {
        store.delete(TARGET);
    }

    @Test
    void shouldKeepTheStateInALabelledConfigMap() {
        ReleaseState state = ReleaseStates.full();

        store.create(state);

        assertThat(store.load(TARGET)).contains(state);
        ConfigMap map = client.configMaps().inNamespace(NS).withName(MAP).get();
        assertThat(map.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "skylark")
                .containsEntry("skylark.jenkins.io/application", "orders");
        assertThat(map.getData()).containsOnlyKeys("state.json");
        assertThat(ReleaseStateJson.read(map.getData().get("state.json"), "test")).isEqualTo(state);
    }

    @Test
    void shouldLoadNothingWhenThereWasNoRelease() {
        assertThat(store.load(TARGET)).isEmpty();
        assertThat(store.delete(TARGET)).isFalse();
        assertThatThrownBy(() -> store.update(TARGET, s -> s)).isInstanceOf(ReleaseStateException.class)
                .hasMessage("No release found (ConfigMap shop-prod/skylark-release-orders does not exist).");
    }

    @Test
    void shouldRefuseANewReleaseWhileOneRuns() {
        store.create(ReleaseStates.full());

        ReleaseState next = ReleaseStates.with(ReleaseStates.full(), ReleasePhase.PROGRESSING, 0, "https://ci/job/43/");
        assertThatThrownBy(() -> store.create(next)).isInstanceOf(ReleaseStateException.class)
                .hasMessageContaining("A release is still running (ConfigMap shop-prod/skylark-release-orders: "
                        + "release orders-20261203-1a2b, phase PAUSED, started by https://ci.example.com/job/orders/42/)");
        assertThat(store.load(TARGET)).contains(ReleaseStates.full());
    }

    @Test
    void shouldKeepAnEndedReleaseUntilTheNextStarts() {
        store.create(ReleaseStates.full());
        ReleaseState ended = store.update(TARGET, s -> ReleaseStates.with(s, ReleasePhase.ABORTED, 0, s.buildUrl()));
        assertThat(store.load(TARGET)).contains(ended);

        ReleaseState next = ReleaseStates.with(ReleaseStates.full(), ReleasePhase.PROGRESSING, 0, "https://ci/job/43/");
        store.create(next);

        assertThat(store.load(TARGET)).contains(next);
    }

    @Test
    void shouldReapplyAChangeThatLostARaceSoNoUpdateIsLost() {
        store.create(ReleaseStates.full());
        AtomicInteger calls = new AtomicInteger();

        ReleaseState saved = store.update(TARGET, s -> {
            if (calls.getAndIncrement() == 0) {
                // another writer saves between this read and this write
                store.update(TARGET, other -> ReleaseStates.noted(other, "by the other writer"));
            }
            return ReleaseStates.noted(s, "by the first writer");
        });

        assertThat(calls).hasValue(2);
        assertThat(saved.history()).extracting(ReleaseState.HistoryEntry::note).endsWith("by the other writer",
                "by the first writer");
        assertThat(store.load(TARGET)).contains(saved);
    }

    @Test
    void shouldGiveUpAfterABoundedNumberOfConflicts() {
        store.create(ReleaseStates.full());
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> store.update(TARGET, s -> {
            calls.incrementAndGet();
            store.update(TARGET, other -> ReleaseStates.noted(other, "interfering"));
            return ReleaseStates.noted(s, "never saved");
        })).isInstanceOf(ReleaseStateException.class).hasMessage("Could not save the release state in ConfigMap "
                + "shop-prod/skylark-release-orders: it was changed by someone else 10 times in a row.");
        assertThat(calls).hasValue(ReleaseStore.MAX_ATTEMPTS);
        assertThat(store.load(TARGET).orElseThrow().history()).extracting(ReleaseState.HistoryEntry::note)
                .doesNotContain("never saved");
    }

    @Test
    void shouldWriteNothingWhenTheChangeChangesNothing() {
        store.create(ReleaseStates.full());
        String version = client.configMaps().inNamespace(NS).withName(MAP).get().getMetadata().getResourceVersion();

        store.update(TARGET, s -> ReleaseStates.with(s, s.phase(), s.canaryWeight(), s.buildUrl()));

        assertThat(client.configMaps().inNamespace(NS).withName(MAP).get().getMetadata().getResourceVersion())
                .isEqualTo(version);
    }

    @Test
    void shouldNameTheConfigMapWhenItHoldsBrokenJson() {
        client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName(MAP)
                .endMetadata().addToData("state.json", "{\"formatVersion\": 1, \"steps\": [").build()).create();

        assertThatThrownBy(() -> store.load(TARGET)).isInstanceOf(ReleaseStateException.class)
                .hasMessageStartingWith("ConfigMap shop-prod/skylark-release-orders holds broken JSON");
        assertThatThrownBy(() -> store.create(ReleaseStates.full())).isInstanceOf(ReleaseStateException.class)
                .hasMessageContaining("Repair or delete it to start a new release.");
    }

    @Test
    void shouldNameTheConfigMapWhenItHasNoState() {
        client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName(MAP)
                .endMetadata().addToData("other", "x").build()).create();

        assertThatThrownBy(() -> store.load(TARGET)).isInstanceOf(ReleaseStateException.class)
                .hasMessage("ConfigMap shop-prod/skylark-release-orders has no key state.json. "
                        + "Repair or delete it to start a new release.");
    }
}
