package io.jenkins.plugins.skylark.deploy.release;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.deploy.manifest.ImageReference;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseLockedException;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Start: the lock, then whatever an earlier release left (resumed when it is the same image of a dead build,
 * aborted first when it is another image), then the canary created, ready, and prepared on the router at 0 %.
 * The state is saved before the canary exists, so a build killed half-way leaves something the next one cleans up.
 */
final class ReleaseStart {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ReleaseStart.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ReleaseContext context;
    private final Withdrawal withdrawal;

    ReleaseStart(ReleaseContext context, Withdrawal withdrawal) {
        this.context = context;
        this.withdrawal = withdrawal;
    }

    ReleaseState start(ReleaseRequest request) {
        ReleaseTarget target = request.target();
        ImageReference.parse(request.image(), true); // a bad image is refused before anything is written
        if (request.strategy() == ReleaseStrategy.BLUE_GREEN && target.router() == RouterKind.NONE) {
            throw new IllegalArgumentException(TEXT.format("blueGreen.noRouter", target.application()));
        }
        CanaryWorkloads canaries = context.canaries();
        String container = CanaryWorkloads.container(canaries.stable(target), request.container());
        canaries.stableService(target); // all input checked before the lock is taken
        lock(request);
        Optional<ReleaseState> leftover = context.store().load(target);
        if (leftover.isPresent() && !leftover.get().phase().ended()) {
            ReleaseState previous = leftover.get();
            boolean resumable = previous.image().equals(request.image()) && previous.phase() != ReleasePhase.ABORTING
                    && context.canaries().canary(target).isPresent();
            if (resumable) {
                return takeOver(previous, request);
            }
            context.log().accept(TEXT.format("leftover.otherImage", previous.releaseId(), previous.image(),
                    previous.buildUrl()));
            withdrawal.abortNow(previous, TEXT.format("leftover.replaced", request.image(), request.buildUrl()));
        } else if (leftover.isPresent()) {
            withdrawal.cleanUp(leftover.get());
        }
        return create(request, container);
    }

    /** Takes the Lease, waiting while a live other build holds it (when asked to); a dead holder's lock is freed. */
    private void lock(ReleaseRequest request) {
        ReleaseTarget target = request.target();
        Instant deadline = context.now().plus(request.lockTimeout());
        while (true) {
            String blocker = liveOtherHolder(request);
            if (blocker == null) {
                Optional<String> holder = context.lock().tryAcquire(target, request.buildUrl());
                if (holder.isEmpty()) {
                    return;
                }
                if (!context.holderAlive().test(holder.get())) {
                    context.log().accept(TEXT.format("lock.stale", holder.get()));
                    context.lock().release(target, holder.get());
                    continue;
                }
                blocker = holder.get();
            }
            if (!request.waitForLock() || !context.now().isBefore(deadline)) {
                throw new ReleaseLockedException(TEXT.format("lock.held", target.application(), target.namespace(),
                        blocker), blocker);
            }
            context.sleepUntil(context.now().plus(context.settings().pollInterval()));
            if (Thread.currentThread().isInterrupted()) {
                throw new ReleaseLockedException(TEXT.format("lock.held", target.application(), target.namespace(),
                        blocker), blocker);
            }
        }
    }

    /** The build of a running release in the state, when it is another build that still runs. */
    private String liveOtherHolder(ReleaseRequest request) {
        return context.store().load(request.target())
                .filter(state -> !state.phase().ended() && !state.buildUrl().equals(request.buildUrl()))
                .map(ReleaseState::buildUrl).filter(context.holderAlive()).orElse(null);
    }

    private ReleaseState takeOver(ReleaseState previous, ReleaseRequest request) {
        if (previous.buildUrl().equals(request.buildUrl())) {
            return previous;
        }
        context.log().accept(TEXT.format("leftover.resumed", previous.releaseId(), previous.buildUrl(),
                previous.currentStep(), previous.steps().size()));
        context.routing(request.target()).prepare(request.target()); // idempotent: a kill may have come before it
        // a release killed while promoting goes straight on to the promotion
        int next = previous.phase() == ReleasePhase.PROMOTING ? previous.steps().size() : previous.currentStep();
        return context.update(request.target(), change -> change.buildUrl(request.buildUrl()).currentStep(next)
                .note(TEXT.format("note.takenOver", previous.buildUrl())));
    }

    private ReleaseState create(ReleaseRequest request, String container) {
        ReleaseTarget target = request.target();
        CanaryWorkloads canaries = context.canaries();
        Deployment stable = canaries.stable(target);
        Instant now = context.now();
        ReleaseState state = context.store().save(new ReleaseState(releaseId(target, now), target, request.buildUrl(),
                request.strategy(), request.steps(), 0, ReleasePhase.PROGRESSING, request.image(),
                CanaryWorkloads.image(stable, container), canaries.revision(target, stable), 0, 0, null, false, null,
                false, null, List.of(), List.of(new ReleaseState.HistoryEntry(now, ReleasePhase.PROGRESSING, 0, null,
                        TEXT.format("note.started", request.image(), request.buildUrl()))), now, now, null));
        context.log().accept(TEXT.format("start", state.releaseId(), request.strategy().userName(), request.image()));
        canaries.create(target, container, request.image(), initialReplicas(request, stable),
                request.scaleDownDelay());
        Optional<String> notReady = canaries.awaitReady(target);
        if (notReady.isPresent()) {
            String reason = TEXT.format("canary.notReady", target.canaryWorkload(), notReady.get());
            context.log().accept(reason);
            return withdrawal.abortNow(state, reason);
        }
        try {
            context.routing(target).prepare(target);
        } catch (RuntimeException e) {
            withdrawal.abortNow(state, e.getMessage()); // nothing left behind, the lock freed
            throw e;
        }
        long revision = canaries.canary(target).map(d -> canaries.revision(target, d)).orElse(0L);
        return context.update(target, change -> change.canaryRevision(revision));
    }

    /** Canary: one pod; blue-green: as many as stable, so the switch is instant; no router: none yet (0 %). */
    private static int initialReplicas(ReleaseRequest request, Deployment stable) {
        if (request.target().router() == RouterKind.NONE) {
            return 0;
        }
        return request.strategy() == ReleaseStrategy.BLUE_GREEN ? CanaryWorkloads.replicas(stable) : 1;
    }

    private static String releaseId(ReleaseTarget target, Instant now) {
        return target.application() + "-" + ID_TIME.format(now) + "-"
                + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xF000));
    }
}
