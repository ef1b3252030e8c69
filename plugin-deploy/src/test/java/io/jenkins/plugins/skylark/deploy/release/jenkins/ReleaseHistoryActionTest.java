package io.jenkins.plugins.skylark.deploy.release.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The release history on the build page: saved with the build through Jenkins' class filter, updated per release. */
class ReleaseHistoryActionTest {
    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    static ReleaseState state(ReleasePhase phase, int weight, String reason) {
        ReleaseTarget target = ReleaseTarget.of("shop-dev", "orders", null, RouterKind.NGINX);
        List<ReleaseStep> steps = List.of(new ReleaseStep.Weight(10), new ReleaseStep.Pause(Duration.ofMinutes(5)),
                new ReleaseStep.Analysis("success-rate"), new ReleaseStep.Pause(null),
                new ReleaseStep.Match("x-canary", "true", null));
        List<ReleaseState.HistoryEntry> history = List.of(
                new ReleaseState.HistoryEntry(T0, ReleasePhase.PROGRESSING, 0, null, "started"),
                new ReleaseState.HistoryEntry(T0.plusSeconds(5), ReleasePhase.PROGRESSING, weight,
                        new ReleaseStep.Match("x-canary", "true", null), "weight " + weight));
        List<ReleaseState.AnalysisRecord> analyses = List.of(
                new ReleaseState.AnalysisRecord("success-rate", "FAILED", "0.91 < 0.99", T0.plusSeconds(60)));
        return new ReleaseState("orders-1", target, "https://ci.example/job/shop/job/orders/1/", ReleaseStrategy.CANARY,
                steps, 3, phase, "registry.example/shop/orders@sha256:1", "registry.example/shop/orders@sha256:0", 1, 1,
                weight, null, true, null, false, reason, analyses, history, T0, T0.plusSeconds(61), null);
    }

    @Test
    void shouldSurviveTheBuildsSaveAndShowTheLatestStateOfEachRelease() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        ReleaseHistoryAction.record(build.build(), "shop", "dev", state(ReleasePhase.PROGRESSING, 10, null));
        ReleaseHistoryAction.record(build.build(), "shop", "dev", state(ReleasePhase.ABORTED, 0, "analysis failed"));

        ReleaseHistoryAction reloaded = SavedForm.saveAndReload(build.build()).stream()
                .filter(ReleaseHistoryAction.class::isInstance).map(ReleaseHistoryAction.class::cast).findFirst()
                .orElseThrow();

        assertThat(reloaded.getReleases()).hasSize(1);
        ReleaseHistoryEntry entry = reloaded.getReleases().get(0);
        assertThat(entry.getQualifiedEnvironment()).isEqualTo("shop/dev");
        assertThat(entry.getPhase()).isEqualTo("ABORTED");
        assertThat(entry.getReason()).isEqualTo("analysis failed");
        assertThat(entry.getStrategy()).isEqualTo("canary");
        assertThat(entry.getChanges()).extracting(ReleaseHistoryLine::getNote).containsExactly("started", "weight 0");
        assertThat(entry.getChanges().get(1).getWhat()).isEqualTo("header x-canary=true");
        assertThat(entry.getAnalyses()).singleElement().satisfies(line -> {
            assertThat(line.getWhat()).isEqualTo("success-rate");
            assertThat(line.getPhase()).isEqualTo("FAILED");
            assertThat(line.getNote()).isEqualTo("0.91 < 0.99");
            assertThat(line.getAt()).isEqualTo(java.util.Date.from(T0.plusSeconds(60)));
        });
    }

    @Test
    void shouldGiveTheStateAsPlainValuesAndStepsAsUsersWriteThem() {
        Map<String, Object> map = GrayMaps.state(state(ReleasePhase.PAUSED, 10, null));

        assertThat(map).containsEntry("phase", "PAUSED").containsEntry("canaryWeight", 10)
                .containsEntry("stableWeight", 90).containsEntry("currentStep", 3).containsEntry("strategy", "canary")
                .containsEntry("router", "NGINX");
        assertThat(map.get("steps")).isEqualTo(List.of(Map.of("weight", 10), Map.of("pause", "5m"),
                Map.of("analysis", "success-rate"), Map.of("pause", "approval"),
                Map.of("match", Map.of("header", "x-canary", "value", "true"))));
        assertThat(GrayMaps.duration(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(GrayMaps.duration(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(GrayMaps.duration(Duration.ZERO)).isEqualTo("0s");
    }
}
