package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.time.Instant;
import java.util.List;

/**
 * Abort: all traffic back on stable in one router write first, then, after the scale-down delay, the canary's
 * router objects, Deployment and Service removed. The stable workload was never touched, so it still has the
 * replicas for all the traffic. An abort interrupted during the delay leaves {@code scaleDownAt} in the state;
 * the next start or abort finishes the removal.
 */
final class Withdrawal {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(Withdrawal.class);
    /** An analysis's verdict when it had too little data. */
    static final String INCONCLUSIVE = "INCONCLUSIVE";

    private final ReleaseContext context;

    Withdrawal(ReleaseContext context) {
        this.context = context;
    }

    ReleaseOutcome abort(ReleaseTarget target, String reason, List<DeliveryEvent> extra) {
        ReleaseState state = context.store().load(target).orElseThrow(() -> new IllegalStateException(
                TEXT.format("abort.none", target.application(), target.namespace())));
        if (!state.phase().ended()) {
            state = withdrawTraffic(state, reason);
            if (!context.sleepUntil(state.scaleDownAt())) {
                return outcome(state, extra, TEXT.format("abort.interrupted", state.target().canaryWorkload()));
            }
        }
        if (state.scaleDownAt() != null) {
            state = finish(state);
        }
        return outcome(state, extra, null);
    }

    /** Abort without the delay: the canary is in the way of a new release, or never became ready. */
    ReleaseState abortNow(ReleaseState state, String reason) {
        return finish(withdrawTraffic(state, reason));
    }

    /** Finishes an ended release's pending removal now (its delay is over, or a new release needs the names). */
    ReleaseState cleanUp(ReleaseState ended) {
        return ended.scaleDownAt() == null ? ended : finish(ended);
    }

    private ReleaseState withdrawTraffic(ReleaseState state, String reason) {
        ReleaseTarget target = state.target();
        if (state.phase() != ReleasePhase.ABORTING) {
            context.routing(target).restoreStable(target);
            context.log().accept(TEXT.format("abort.trafficBack", target.application(), reason));
        }
        Instant scaleDownAt = context.now().plus(context.canaries().settings(target).scaleDownDelay());
        return context.update(target, change -> change.phase(ReleasePhase.ABORTING).weight(0).match(null)
                .reason(state.phase() == ReleasePhase.ABORTING ? state.reason() : reason)
                .scaleDownAt(state.scaleDownAt() != null && state.phase() == ReleasePhase.ABORTING
                        ? state.scaleDownAt() : scaleDownAt));
    }

    private ReleaseState finish(ReleaseState state) {
        ReleaseTarget target = state.target();
        context.routing(target).remove(target);
        context.canaries().delete(target);
        ReleasePhase end = state.phase().ended() ? state.phase() : endPhase(state);
        ReleaseState ended = context.update(target, change -> change.phase(end).scaleDownAt(null));
        context.lock().release(target, ended.buildUrl());
        return ended;
    }

    /** INCONCLUSIVE when the analysis that ended it had too little data (the policy said fail). */
    private static ReleasePhase endPhase(ReleaseState state) {
        List<ReleaseState.AnalysisRecord> analyses = state.analyses();
        return !analyses.isEmpty() && INCONCLUSIVE.equals(analyses.get(analyses.size() - 1).verdict())
                ? ReleasePhase.INCONCLUSIVE : ReleasePhase.ABORTED;
    }

    ReleaseOutcome outcome(ReleaseState state, List<DeliveryEvent> extra, String pending) {
        String message = TEXT.format(state.exposedUsers() ? "abort.served" : "abort.notServed",
                state.target().application(), state.image(), state.reason());
        if (pending != null) {
            message = message + " " + pending;
        }
        ReleasePhase phase = state.phase().ended() ? state.phase() : endPhase(state);
        return new ReleaseOutcome(phase, message, state, new ReleaseEvents(context).aborted(state, message, extra));
    }
}
