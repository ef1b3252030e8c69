package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change to a release state: a copy with some fields set, and a history entry whenever the weight, the
 * match or the phase changes (or a note is given), so the build page shows every move the release made.
 */
final class StateChange {
    private final ReleaseState from;
    private String buildUrl;
    private int currentStep;
    private long canaryRevision;
    private ReleasePhase phase;
    private int canaryWeight;
    private ReleaseStep.Match match;
    private boolean exposedUsers;
    private Instant pausedUntil;
    private boolean awaitingApproval;
    private String reason;
    private final List<ReleaseState.AnalysisRecord> analyses;
    private Instant scaleDownAt;
    private String note;
    private boolean silent;

    private StateChange(ReleaseState from) {
        this.from = from;
        buildUrl = from.buildUrl();
        currentStep = from.currentStep();
        canaryRevision = from.canaryRevision();
        phase = from.phase();
        canaryWeight = from.canaryWeight();
        match = from.match();
        exposedUsers = from.exposedUsers();
        pausedUntil = from.pausedUntil();
        awaitingApproval = from.awaitingApproval();
        reason = from.reason();
        analyses = new ArrayList<>(from.analyses());
        scaleDownAt = from.scaleDownAt();
    }

    static StateChange of(ReleaseState state) {
        return new StateChange(state);
    }

    StateChange buildUrl(String value) {
        buildUrl = value;
        return this;
    }

    StateChange currentStep(int value) {
        currentStep = value;
        return this;
    }

    StateChange canaryRevision(long value) {
        canaryRevision = value;
        return this;
    }

    StateChange phase(ReleasePhase value) {
        phase = value;
        if (value != ReleasePhase.PAUSED) {
            pausedUntil = null;
            awaitingApproval = false;
        }
        return this;
    }

    /** The canary's share; users count as exposed from the first share above 0. */
    StateChange weight(int percent) {
        canaryWeight = percent;
        exposedUsers |= percent > 0;
        return this;
    }

    StateChange match(ReleaseStep.Match value) {
        match = value;
        exposedUsers |= value != null;
        return this;
    }

    StateChange paused(Instant until, boolean approval) {
        phase = ReleasePhase.PAUSED;
        pausedUntil = until;
        awaitingApproval = approval;
        return this;
    }

    StateChange reason(String value) {
        reason = value;
        return this;
    }

    StateChange analysis(ReleaseState.AnalysisRecord record) {
        analyses.add(record);
        return this;
    }

    StateChange scaleDownAt(Instant value) {
        scaleDownAt = value;
        return this;
    }

    /** A history line even when nothing the history tracks changed (take-over, promotion steps). */
    StateChange note(String value) {
        note = value;
        return this;
    }

    /** No history entry: a view of the state with what the router reports, not a change the release made. */
    StateChange silent() {
        silent = true;
        return this;
    }

    ReleaseState at(Instant now) {
        List<ReleaseState.HistoryEntry> history = new ArrayList<>(from.history());
        boolean moved = phase != from.phase() || canaryWeight != from.canaryWeight()
                || !Objects.equals(match, from.match());
        if (!silent && (moved || note != null)) {
            history.add(new ReleaseState.HistoryEntry(now, phase, canaryWeight, match, note));
        }
        return new ReleaseState(from.releaseId(), from.target(), buildUrl, from.strategy(), from.steps(), currentStep,
                phase, from.image(), from.stableImage(), from.stableRevision(), canaryRevision, canaryWeight,
                match, exposedUsers, pausedUntil, awaitingApproval, reason, analyses, history, from.startedAt(),
                silent ? from.updatedAt() : now,
                scaleDownAt);
    }
}
