package io.jenkins.plugins.skylark.deploy.release.state;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Release states for the tests: every field set, every kind of release step. */
final class ReleaseStates {
    static final String NS = "shop-prod";
    static final ReleaseTarget TARGET = ReleaseTarget.of(NS, "orders", null, RouterKind.NGINX);
    static final Instant STARTED = Instant.parse("2026-12-03T12:00:00.123456789Z");
    static final ReleaseStep.Match HEADER = new ReleaseStep.Match("x-canary", "true", null);

    private ReleaseStates() {
    }

    /** A running release, paused for approval, with every step kind, analyses and history. */
    static ReleaseState full() {
        List<ReleaseStep> steps = List.of(new ReleaseStep.Weight(10), new ReleaseStep.Pause(Duration.ofMinutes(5)),
                new ReleaseStep.Analysis("success-rate"), HEADER, new ReleaseStep.Match(null, null, "canary"),
                new ReleaseStep.Weight(50), new ReleaseStep.Pause(null), new ReleaseStep.Weight(100));
        List<ReleaseState.AnalysisRecord> analyses = List.of(new ReleaseState.AnalysisRecord("success-rate",
                "SUCCESSFUL", "99.5 % >= 99 %", STARTED.plusSeconds(400)));
        List<ReleaseState.HistoryEntry> history = List.of(
                new ReleaseState.HistoryEntry(STARTED, ReleasePhase.PROGRESSING, 0, null, "started"),
                new ReleaseState.HistoryEntry(STARTED.plusSeconds(5), ReleasePhase.PROGRESSING, 10, null, "weight"),
                new ReleaseState.HistoryEntry(STARTED.plusSeconds(500), ReleasePhase.PROGRESSING, 10, HEADER, "match"));
        return new ReleaseState("orders-20261203-1a2b", TARGET, "https://ci.example.com/job/orders/42/",
                ReleaseStrategy.CANARY, steps, 6, ReleasePhase.PAUSED, "registry.example.com/orders:2.0",
                "registry.example.com/orders:1.9", 7, 1, 50, HEADER, true, STARTED.plusSeconds(900), true, null,
                analyses, history, STARTED, STARTED.plusSeconds(600), null);
    }

    /** {@code state} with another phase, weight and build. */
    static ReleaseState with(ReleaseState state, ReleasePhase phase, int weight, String buildUrl) {
        return new ReleaseState(state.releaseId(), state.target(), buildUrl, state.strategy(), state.steps(),
                state.currentStep(), phase, state.image(), state.stableImage(), state.stableRevision(),
                state.canaryRevision(), weight, state.match(), state.exposedUsers(), state.pausedUntil(),
                state.awaitingApproval(), state.reason(), state.analyses(), state.history(), state.startedAt(),
                state.updatedAt(), state.scaleDownAt());
    }

    /** {@code state} with one more history note. */
    static ReleaseState noted(ReleaseState state, String note) {
        List<ReleaseState.HistoryEntry> history = new java.util.ArrayList<>(state.history());
        history.add(new ReleaseState.HistoryEntry(STARTED, state.phase(), state.canaryWeight(), null, note));
        return new ReleaseState(state.releaseId(), state.target(), state.buildUrl(), state.strategy(), state.steps(),
                state.currentStep(), state.phase(), state.image(), state.stableImage(), state.stableRevision(),
                state.canaryRevision(), state.canaryWeight(), state.match(), state.exposedUsers(),
                state.pausedUntil(), state.awaitingApproval(), state.reason(), state.analyses(), history,
                state.startedAt(), state.updatedAt(), state.scaleDownAt());
    }
}
