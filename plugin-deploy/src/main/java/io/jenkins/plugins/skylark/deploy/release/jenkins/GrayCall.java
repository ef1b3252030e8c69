package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.AbortException;
import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.ReleaseOutcome;
import io.jenkins.plugins.skylark.deploy.release.ReleaseRequest;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call of the {@link GrayReleaseEngine} made by a gray step, of records and strings only: sent to the
 * workspace's agent and kept in the step's saved state. Every call works from the state in the cluster and
 * may run again after a controller restart (the engine re-reads the state; a start by the same build takes
 * its own release over). {@code step}, when not {@code null}, is the index of the release plan's step this
 * call carries out, recorded as done afterwards so that a resumed release continues after it.
 */
sealed interface GrayCall extends Serializable {

    ReleaseTarget target();

    GrayAnswer run(GrayReleaseEngine engine);

    /** What the step returns to the Jenkinsfile: the release state as a map unless the call says otherwise. */
    default Object summary(GrayAnswer answer) throws AbortException {
        return answer.state() == null ? null : GrayMaps.state(answer.state());
    }

    /** Records the plan's step {@code step} as done, when given. */
    static ReleaseState done(GrayReleaseEngine engine, ReleaseTarget target, Integer step, ReleaseState state) {
        return step == null ? state : engine.completedStep(target, step);
    }

    /**
     * {@code source} says where the plan came from ({@code steps}, the release file's path or {@code environment}),
     * {@code onInconclusive} what an inconclusive analysis does ({@code pause} or {@code fail}),
     * {@code protectedEnvironment} whether a person's go-ahead must come from the environment's approvers.
     */
    record Start(ReleaseRequest request, String source, String onInconclusive, boolean protectedEnvironment)
            implements GrayCall {
        @Override
        public ReleaseTarget target() {
            return request.target();
        }

        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return GrayAnswer.of(engine.start(request));
        }

        /** {@code [plan: [source:, strategy:, steps:, onInconclusive:], state: [...], approval: [protectedEnvironment:]]}. */
        @Override
        public Object summary(GrayAnswer answer) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("source", source);
            plan.put("strategy", request.strategy().userName());
            plan.put("steps", GrayMaps.steps(request.steps()));
            plan.put("onInconclusive", onInconclusive);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("plan", plan);
            summary.put("state", GrayMaps.state(answer.state()));
            summary.put("approval", new LinkedHashMap<>(Map.of("protectedEnvironment", protectedEnvironment)));
            return summary;
        }
    }

    record SetWeight(ReleaseTarget target, int percent, Integer step) implements GrayCall {
        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return GrayAnswer.of(done(engine, target, step, engine.setWeight(target, percent)));
        }
    }

    /** {@code match} {@code null} removes the match route. */
    record SetMatch(ReleaseTarget target, ReleaseStep.Match match, Integer step) implements GrayCall {
        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return GrayAnswer.of(done(engine, target, step, engine.setMatch(target, match)));
        }
    }

    /** Records the pause in the cluster; the step does the waiting. */
    record Pause(ReleaseTarget target, ReleaseStep.Pause pause) implements GrayCall {
        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return GrayAnswer.of(engine.pause(target, pause));
        }
    }

    /** Ends a pause: the time is over or the person approved. */
    record Resume(ReleaseTarget target, Integer step) implements GrayCall {
        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return GrayAnswer.of(done(engine, target, step, engine.resume(target)));
        }
    }

    record Promote(ReleaseTarget target, Duration timeout) implements GrayCall {
        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return GrayAnswer.of(engine.promote(target, timeout));
        }

        /** The outcome; a promotion that did not end {@code PROMOTED} fails the step with the engine's message. */
        @Override
        public Object summary(GrayAnswer answer) throws AbortException {
            if (answer.outcome().phase() != ReleasePhase.PROMOTED) {
                throw new AbortException(answer.outcome().message());
            }
            return outcome(answer.outcome());
        }
    }

    record Abort(ReleaseTarget target, String reason) implements GrayCall {
        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return GrayAnswer.of(engine.abort(target, reason));
        }

        @Override
        public Object summary(GrayAnswer answer) {
            return outcome(answer.outcome());
        }
    }

    record Status(ReleaseTarget target) implements GrayCall {
        @Override
        public GrayAnswer run(GrayReleaseEngine engine) {
            return new GrayAnswer(engine.status(target).orElse(null), null);
        }
    }

    /** {@code [outcome: 'PROMOTED'|'ABORTED'|'INCONCLUSIVE', reason:, message:, state:]}. */
    static Map<String, Object> outcome(ReleaseOutcome outcome) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("outcome", outcome.phase().name());
        String reason = outcome.state() == null ? null : outcome.state().reason();
        map.put("reason", reason == null ? outcome.message() : reason);
        map.put("message", outcome.message());
        map.put("state", outcome.state() == null ? null : GrayMaps.state(outcome.state()));
        return map;
    }

    /** Where a release stands; {@code outcome} is set by the calls that end it. */
    record GrayAnswer(ReleaseState state, ReleaseOutcome outcome) implements Serializable {
        static GrayAnswer of(ReleaseState state) {
            return new GrayAnswer(state, null);
        }

        static GrayAnswer of(ReleaseOutcome outcome) {
            return new GrayAnswer(outcome.state(), outcome);
        }
    }
}
