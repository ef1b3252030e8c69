package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.deploy.DeployEngine;
import io.jenkins.plugins.skylark.deploy.DeployOptions;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployStatus;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import io.jenkins.plugins.skylark.deploy.workload.WorkloadKind;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Promote: the stable Deployment takes the new image through the deploy core's service update (rollout waited,
 * rolled back on failure) while the canary keeps its traffic; then all traffic to stable and the canary removed.
 * Blue-green first switches all traffic to the new version at once and keeps the old one up for the scale-down
 * delay, during which an abort switches back instantly.
 */
final class Promotion {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(Promotion.class);

    private final ReleaseContext context;
    private final Withdrawal withdrawal;

    Promotion(ReleaseContext context, Withdrawal withdrawal) {
        this.context = context;
        this.withdrawal = withdrawal;
    }

    ReleaseOutcome promote(ReleaseTarget target, Duration timeout) {
        ReleaseState state = context.running(target);
        if (state.phase() == ReleasePhase.ABORTING) {
            return withdrawal.abort(target, state.reason(), List.of());
        }
        if (state.strategy() == ReleaseStrategy.BLUE_GREEN) {
            state = switchAtOnce(state);
            boolean slept = context.sleepUntil(state.scaleDownAt(), () -> aborted(target));
            ReleaseState now = context.store().load(target).orElse(state);
            if (now.phase() == ReleasePhase.ABORTING || now.phase().ended()) {
                return withdrawal.outcome(now, List.of(), null);
            }
            if (!slept) {
                String message = TEXT.format("switch.interrupted", target.application());
                return new ReleaseOutcome(ReleasePhase.PROMOTING, message, now,
                        new DeployResult(DeployStatus.FAILED, message, Map.of(), "INTERRUPTED", List.of()));
            }
        } else if (state.phase() != ReleasePhase.PROMOTING) {
            state = context.update(target, change -> change.phase(ReleasePhase.PROMOTING));
        }
        return moveStable(state, timeout);
    }

    /** Blue-green: 100 % to the new version in one write; the old one stays up until {@code scaleDownAt}. */
    private ReleaseState switchAtOnce(ReleaseState state) {
        if (state.phase() == ReleasePhase.PROMOTING && state.scaleDownAt() != null) {
            return state; // switched before a restart: keep the delay that was set then
        }
        ReleaseTarget target = state.target();
        context.routing(target).setWeight(target, 100);
        context.log().accept(TEXT.format("switch.done", target.application(), state.image()));
        Duration delay = context.canaries().settings(target).scaleDownDelay();
        return context.update(target, change -> change.phase(ReleasePhase.PROMOTING).weight(100)
                .scaleDownAt(context.now().plus(delay)));
    }

    private boolean aborted(ReleaseTarget target) {
        return context.store().load(target).map(s -> s.phase() == ReleasePhase.ABORTING || s.phase().ended())
                .orElse(true);
    }

    private ReleaseOutcome moveStable(ReleaseState state, Duration timeout) {
        ReleaseTarget target = state.target();
        CanaryWorkloads canaries = context.canaries();
        String container = CanaryWorkloads.container(canaries.stable(target), canaries.settings(target).container());
        DeployOptions options = DeployOptions.defaults().withAllowTagOnlyImage(true)
                .withPollInterval(context.settings().pollInterval())
                .withTimeout(timeout == null || timeout.isZero() || timeout.isNegative() ? Duration.ofMinutes(10) : timeout);
        DeployTarget deployTarget = context.deployTarget(state);
        DeployEngine engine = new DeployEngine(context.client(), context.log(), context.clock()); // not closed: shares our client
        Workload stable = new Workload(WorkloadKind.DEPLOYMENT, target.stableWorkload());
        DeployResult rollout = engine.applyImage(deployTarget, stable, container, state.image(), options)
                .then(applied -> engine.awaitImage(deployTarget, target.application(), container, applied, options));
        if (!rollout.succeeded()) {
            List<DeliveryEvent> rollback = rollout.events().stream()
                    .filter(event -> event.type() == DeliveryEventType.ROLLED_BACK).toList();
            return withdrawal.abort(target, TEXT.format("promote.failed", rollout.message()), rollback);
        }
        context.routing(target).restoreStable(target);
        context.routing(target).remove(target);
        canaries.delete(target);
        ReleaseState promoted = context.update(target, change -> change.phase(ReleasePhase.PROMOTED).weight(0)
                .match(null).scaleDownAt(null).currentStep(Math.max(state.currentStep(), state.steps().size())));
        context.lock().release(target, promoted.buildUrl());
        return outcome(promoted, rollout);
    }

    ReleaseOutcome outcome(ReleaseState promoted, DeployResult rollout) {
        String message = TEXT.format("promote.done", promoted.target().application(), promoted.image(),
                promoted.target().stableWorkload());
        context.log().accept(message);
        return new ReleaseOutcome(ReleasePhase.PROMOTED, message, promoted,
                new ReleaseEvents(context).promoted(promoted, message, rollout));
    }
}
