package io.jenkins.plugins.skylark.deploy.release;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficRoutings;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseLockedException;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Entry point of gray releases (canary and blue-green) without a controller in the cluster. Every call re-reads
 * the release's state from the cluster, so a later build can drive, promote or abort what an earlier one started;
 * every change of weight, match or phase is appended to the state's history.
 *
 * <p>Failures to move traffic or reach the cluster throw; a canary that never becomes ready aborts the release,
 * and the returned state has then ended ({@link #abort} gives its outcome and events).
 */
public final class GrayReleaseEngine {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(GrayReleaseEngine.class);

    private final ReleaseContext context;

    /**
     * @param client      the environment's cluster (not closed by the engine)
     * @param log         the build log
     * @param holderAlive whether the build with this URL still runs: a release or lock of a build that does not is
     *                    stale, and is resumed (same image) or aborted (another image) by the next start
     */
    public GrayReleaseEngine(KubernetesClient client, Consumer<String> log, Clock clock, Predicate<String> holderAlive) {
        this(new ReleaseContext(client, log, clock, holderAlive, ClusterStores.states(client),
                ClusterStores.lock(client, log, clock), kind -> TrafficRoutings.of(client, kind, log),
                EngineSettings.DEFAULTS, null));
    }

    GrayReleaseEngine(ReleaseContext context) {
        this.context = context;
    }

    /**
     * The same engine, its delivery events naming {@code delivery}'s project, environment and build (the build
     * making the call); without it they name only the release's namespace and starting build.
     */
    public GrayReleaseEngine withDelivery(DeployTarget delivery) {
        return new GrayReleaseEngine(context.withDelivery(delivery));
    }

    /**
     * Starts a release, or takes over a dead build's release of the same image (the returned state's
     * {@code currentStep} says where to continue).
     *
     * @throws ReleaseLockedException when another running build holds the application's release
     */
    public ReleaseState start(ReleaseRequest request) {
        Withdrawal withdrawal = new Withdrawal(context);
        return new ReleaseStart(context, withdrawal).start(request);
    }

    /**
     * Sends {@code percent} of the traffic to the canary. With a router the canary is first scaled to its share
     * of the stable replicas (at least one) and must be ready before the weight moves; without one the router's
     * scaling is the move, and the call returns once the canary is ready at those replicas (the share is then
     * what the users get). A canary that does not become ready aborts the release.
     */
    public ReleaseState setWeight(ReleaseTarget target, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(TEXT.format("weight.range", percent));
        }
        ReleaseState state = context.running(target);
        boolean replicaRatio = target.router() == RouterKind.NONE;
        if (!replicaRatio && state.strategy() == ReleaseStrategy.CANARY) {
            CanaryWorkloads canaries = context.canaries();
            int needed = Math.max(1, (int) Math.ceil(CanaryWorkloads.replicas(canaries.stable(target)) * percent / 100.0));
            if (canaries.canary(target).map(CanaryWorkloads::replicas).orElse(-1) != needed) {
                canaries.scale(target, needed);
            }
            Optional<ReleaseState> aborted = abortUnlessReady(state, percent);
            if (aborted.isPresent()) {
                return aborted.get();
            }
        }
        context.routing(target).setWeight(target, percent);
        if (replicaRatio) {
            Optional<ReleaseState> aborted = abortUnlessReady(state, percent);
            if (aborted.isPresent()) {
                return aborted.get();
            }
        }
        context.log().accept(TEXT.format("weight.set", target.application(), percent));
        return context.update(target, change -> change.weight(percent));
    }

    /** Waits until the canary is ready; the release aborted (its state) when it does not become so. */
    private Optional<ReleaseState> abortUnlessReady(ReleaseState state, int percent) {
        return context.canaries().awaitReady(state.target()).map(notReady ->
                new Withdrawal(context).abortNow(state, TEXT.format("weight.notReady", percent, notReady)));
    }

    /** Routes the requests {@code match} selects to the canary; {@code null} removes the match route. */
    public ReleaseState setMatch(ReleaseTarget target, ReleaseStep.Match match) {
        context.running(target);
        context.routing(target).setMatch(target, match);
        context.log().accept(match == null ? TEXT.format("match.cleared", target.application())
                : TEXT.format("match.set", target.application(), describe(match)));
        return context.update(target, change -> change.match(match));
    }

    /** Records a pause: until {@code pause}'s duration is over, or until a person approves. */
    public ReleaseState pause(ReleaseTarget target, ReleaseStep.Pause pause) {
        context.running(target);
        return context.update(target, change -> change.paused(
                pause.forApproval() ? null : context.now().plus(pause.duration()), pause.forApproval()));
    }

    public ReleaseState resume(ReleaseTarget target) {
        context.running(target);
        return context.update(target, change -> change.phase(ReleasePhase.PROGRESSING));
    }

    /** Step {@code index} is done: a resumed release continues after it. */
    public ReleaseState completedStep(ReleaseTarget target, int index) {
        context.running(target);
        return context.update(target, change -> change.currentStep(index + 1));
    }

    public ReleaseState recordAnalysis(ReleaseTarget target, ReleaseState.AnalysisRecord record) {
        context.running(target);
        return context.update(target, change -> change.analysis(record));
    }

    /** The new version takes over the stable workload; see {@link Promotion}. */
    public ReleaseOutcome promote(ReleaseTarget target, Duration timeout) {
        ReleaseState state = context.store().load(target).orElse(null);
        if (state != null && state.phase().ended()) {
            return ended(state);
        }
        Withdrawal withdrawal = new Withdrawal(context);
        return new Promotion(context, withdrawal).promote(target, timeout);
    }

    /** All traffic back to stable in one write, the canary removed after the scale-down delay; see {@link Withdrawal}. */
    public ReleaseOutcome abort(ReleaseTarget target, String reason) {
        ReleaseState state = context.store().load(target).orElse(null);
        if (state != null && state.phase() == ReleasePhase.PROMOTED) {
            return ended(state);
        }
        return new Withdrawal(context).abort(target, reason, List.of());
    }

    /** The release's state, its weight and match as the router objects report them now. */
    public Optional<ReleaseState> status(ReleaseTarget target) {
        return context.store().load(target).map(state -> {
            if (state.phase().ended()) {
                return state;
            }
            TrafficWeights weights = context.routing(target).read(target);
            return StateChange.of(state).silent().weight(weights.canaryPercent()).match(weights.match())
                    .at(context.now());
        });
    }

    /** An ended release's outcome again (a step re-run after a restart publishes the same, idempotent, events). */
    private ReleaseOutcome ended(ReleaseState state) {
        Withdrawal withdrawal = new Withdrawal(context);
        if (state.phase() == ReleasePhase.PROMOTED) {
            return new Promotion(context, withdrawal).outcome(state, null);
        }
        return withdrawal.outcome(withdrawal.cleanUp(state), List.of(), null);
    }

    private static String describe(ReleaseStep.Match match) {
        return match.header() != null ? match.header() + (match.value() == null ? "" : "=" + match.value())
                : "cookie " + match.cookie();
    }
}
