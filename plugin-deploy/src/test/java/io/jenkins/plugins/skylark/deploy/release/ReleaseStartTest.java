package io.jenkins.plugins.skylark.deploy.release;

import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.BUILD_1;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.NS;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.TARGET;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.image;
import static io.jenkins.plugins.skylark.deploy.release.ReleaseFixture.imageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Starting a canary, and moving its weight and match, against the fake cluster with a recording router. */
class ReleaseStartTest {

    @Test
    void shouldCreateAReadyCanaryBesideStableAtZeroPercent() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.running.add(BUILD_1);

            ReleaseState state = fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1,
                    Duration.ZERO));

            Deployment canary = fixture.deployment("orders-canary");
            assertThat(canary.getStatus().getReadyReplicas()).as("ready before start returns").isEqualTo(1);
            assertThat(imageOf(canary)).isEqualTo(image(2));
            assertThat(canary.getSpec().getTemplate().getSpec().getContainers().get(1).getImage())
                    .as("only the first container gets the image").isEqualTo("registry.example/proxy:1");
            assertThat(canary.getSpec().getTemplate().getMetadata().getLabels())
                    .containsEntry("app", "orders-canary").containsEntry(CanaryLabels.TRACK, "canary");
            assertThat(canary.getSpec().getSelector().getMatchLabels())
                    .containsOnly(Map.entry("app", "orders-canary"), Map.entry(CanaryLabels.TRACK, "canary"));
            assertThat(canary.getMetadata().getLabels()).as("platformDeploy's operations find only stable")
                    .doesNotContainKey(SkylarkLabels.APPLICATION);
            Service service = fixture.service("orders-canary");
            assertThat(service.getSpec().getSelector())
                    .containsOnly(Map.entry("app", "orders-canary"), Map.entry(CanaryLabels.TRACK, "canary"));
            assertThat(service.getSpec().getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort()).isEqualTo(80))
                    .satisfies(port -> assertThat(port.getTargetPort().getIntVal()).isEqualTo(8080));
            assertThat(imageOf(fixture.deployment("orders"))).as("stable untouched").isEqualTo(image(1));

            assertThat(fixture.routing.writes).containsExactly("prepare");
            assertThat(state.phase()).isEqualTo(ReleasePhase.PROGRESSING);
            assertThat(state.canaryWeight()).isZero();
            assertThat(state.stableImage()).isEqualTo(image(1));
            assertThat(state.image()).isEqualTo(image(2));
            assertThat(state.buildUrl()).isEqualTo(BUILD_1);
            assertThat(state.currentStep()).isZero();
            assertThat(state.history()).hasSize(1);
            assertThat(fixture.store.load(TARGET)).contains(state);
            assertThat(fixture.lock.holder(TARGET)).isEqualTo(BUILD_1);
        }
    }

    @Test
    void shouldKeepTheStableSelectorOnCanaryPodsWithoutARouter() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            ReleaseTarget target = ReleaseTarget.of(NS, "orders", null, RouterKind.NONE);
            fixture.engine().start(new ReleaseRequest(target, image(2), "app", ReleaseStrategy.CANARY, List.of(),
                    BUILD_1, false, null, null));

            Deployment canary = fixture.deployment("orders-canary");
            assertThat(canary.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("app", "orders")
                    .containsEntry(CanaryLabels.TRACK, "canary");
            assertThat(canary.getSpec().getReplicas()).as("no user on the canary at 0 %").isZero();
            assertThat(fixture.service("orders-canary").getSpec().getSelector())
                    .containsOnly(Map.entry("app", "orders"), Map.entry(CanaryLabels.TRACK, "canary"));
        }
    }

    @Test
    void shouldScaleTheCanaryAndWaitUntilReadyBeforeMovingTheWeight() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            List<Integer> readyAtWrite = new CopyOnWriteArrayList<>();
            fixture.routing.onWrite = write -> readyAtWrite.add(
                    fixture.deployment("orders-canary").getStatus().getReadyReplicas());

            ReleaseState state = engine.setWeight(TARGET, 60);

            assertThat(fixture.deployment("orders-canary").getSpec().getReplicas()).as("ceil(2 * 60 %)").isEqualTo(2);
            assertThat(readyAtWrite).as("both canary pods ready when the weight moved").containsExactly(2);
            assertThat(fixture.routing.writes).containsExactly("prepare", "setWeight 60");
            assertThat(state.canaryWeight()).isEqualTo(60);
            assertThat(state.exposedUsers()).isTrue();
            assertThat(state.history()).extracting(ReleaseState.HistoryEntry::canaryWeight).containsExactly(0, 60);
        }
    }

    @Test
    void shouldRecordMatchPauseStepsAndAnalysesInTheState() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            ReleaseStep.Match match = new ReleaseStep.Match("x-canary", "true", null);

            engine.setMatch(TARGET, match);
            ReleaseState paused = engine.pause(TARGET, new ReleaseStep.Pause(Duration.ofMinutes(5)));
            assertThat(paused.phase()).isEqualTo(ReleasePhase.PAUSED);
            assertThat(paused.pausedUntil()).isEqualTo(fixture.clock.instant().plus(Duration.ofMinutes(5)));
            assertThat(engine.pause(TARGET, new ReleaseStep.Pause(null)).awaitingApproval()).isTrue();
            engine.resume(TARGET);
            engine.completedStep(TARGET, 1);
            engine.recordAnalysis(TARGET, new ReleaseState.AnalysisRecord("success-rate", "SUCCESSFUL", "99.9 %",
                    fixture.clock.instant()));

            ReleaseState state = engine.status(TARGET).orElseThrow();
            assertThat(state.match()).isEqualTo(match);
            assertThat(state.exposedUsers()).as("header traffic exposes users").isTrue();
            assertThat(state.phase()).isEqualTo(ReleasePhase.PROGRESSING);
            assertThat(state.awaitingApproval()).isFalse();
            assertThat(state.currentStep()).isEqualTo(2);
            assertThat(state.analyses()).extracting(ReleaseState.AnalysisRecord::name).containsExactly("success-rate");
            assertThat(state.history()).extracting(ReleaseState.HistoryEntry::phase).containsExactly(
                    ReleasePhase.PROGRESSING, ReleasePhase.PROGRESSING, ReleasePhase.PAUSED, ReleasePhase.PROGRESSING);
        }
    }

    @Test
    void shouldReadTheWeightBackFromTheRouter() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, Duration.ZERO));
            fixture.routing.weight = 30; // someone changed the router object

            assertThat(engine.status(TARGET).orElseThrow().canaryWeight()).isEqualTo(30);
            assertThat(fixture.store.load(TARGET).orElseThrow().canaryWeight()).as("a read writes nothing").isZero();
        }
    }

    @Test
    void shouldAbortWhenTheCanaryNeverBecomesReady() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.cluster.failures().onImage(image(3), RolloutFailure.CRASH_LOOP);

            ReleaseState state = fixture.engine().start(fixture.request(image(3), ReleaseStrategy.CANARY, BUILD_1,
                    Duration.ofMinutes(1)));

            assertThat(state.phase()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(state.reason()).contains("orders-canary").contains("crash loop");
            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(fixture.lock.holder(TARGET)).isNull();
        }
    }

    @Test
    void shouldLeaveNothingBehindWhenTheRouterCannotBePrepared() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            fixture.routing.onWrite = write -> {
                if (write.equals("prepare")) {
                    throw new IllegalStateException("Ingress shop-prod/orders not found");
                }
            };

            assertThatThrownBy(() -> fixture.engine().start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1,
                    Duration.ofMinutes(1)))).hasMessageContaining("Ingress shop-prod/orders not found");

            assertThat(fixture.deployment("orders-canary")).isNull();
            assertThat(fixture.service("orders-canary")).isNull();
            assertThat(fixture.lock.holder(TARGET)).isNull();
            assertThat(fixture.store.load(TARGET).orElseThrow().phase()).isEqualTo(ReleasePhase.ABORTED);
        }
    }

    @Test
    void shouldRefuseBadInputNamingTheField() {
        try (ReleaseFixture fixture = new ReleaseFixture()) {
            GrayReleaseEngine engine = fixture.engine();
            assertThatThrownBy(() -> fixture.request(" ", ReleaseStrategy.CANARY, BUILD_1, null))
                    .hasMessageContaining("'image'");
            assertThatThrownBy(() -> engine.start(new ReleaseRequest(TARGET, image(2), "db", ReleaseStrategy.CANARY,
                    List.of(), BUILD_1, false, null, null))).hasMessageContaining("'db'");
            assertThat(fixture.lock.holder(TARGET)).as("refused before the lock").isNull();
            assertThatThrownBy(() -> engine.setWeight(TARGET, 10)).hasMessageContaining("No gray release of orders");
            engine.start(fixture.request(image(2), ReleaseStrategy.CANARY, BUILD_1, null));
            assertThatThrownBy(() -> engine.setWeight(TARGET, 101)).hasMessageContaining("101");
            ReleaseTarget none = ReleaseTarget.of(NS, "orders", null, RouterKind.NONE);
            assertThatThrownBy(() -> engine.start(new ReleaseRequest(none, image(2), null, ReleaseStrategy.BLUE_GREEN,
                    List.of(), BUILD_1, false, null, null))).hasMessageContaining("router");
            assertThat(fixture.routing.writes).containsExactly("prepare");
        }
    }
}
