package io.jenkins.plugins.skylark.release;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gray release as a release file, a Jenkinsfile or an environment's default release policy describes it.
 * Build one with {@link ReleasePlanParser}, which checks every rule; this record only fills in defaults.
 *
 * @param strategy canary (weights) or blue-green (preview, then switch at once)
 * @param steps the release steps in order; may be empty (promote right after the new version is ready)
 * @param scaleDownDelay how long the old version stays up after a switch or abort, so switching back is instant;
 *     {@code null} = not given in the plan: {@link #effectiveScaleDownDelay} then takes the environment's delay,
 *     and {@link #scaleDownDelay()} the default 30 s
 * @param onInconclusive what an inconclusive analysis does
 * @param lockWait whether to wait for another release of the application to end instead of failing at once
 * @param lockTimeout how long to wait when {@code lockWait}
 * @param analyses analyses defined with the plan; they take precedence over the model's and the built-in ones
 */
public record ReleasePlan(ReleaseStrategy strategy, List<ReleaseStep> steps, Duration scaleDownDelay,
        InconclusivePolicy onInconclusive, boolean lockWait, Duration lockTimeout,
        List<AnalysisDefinition> analyses) implements Serializable {

    public static final Duration DEFAULT_SCALE_DOWN_DELAY = Duration.ofSeconds(30);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    public ReleasePlan {
        Objects.requireNonNull(strategy, "strategy");
        steps = List.copyOf(steps == null ? List.of() : steps);
        onInconclusive = onInconclusive == null ? InconclusivePolicy.PAUSE : onInconclusive;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        analyses = List.copyOf(analyses == null ? List.of() : analyses);
    }

    /** A plan with these steps and every other setting at its default. */
    public static ReleasePlan of(ReleaseStrategy strategy, List<ReleaseStep> steps) {
        return new ReleasePlan(strategy, steps, null, null, false, null, null);
    }

    /** The plan's delay, else the default 30 s, never {@code null}; prefer {@link #effectiveScaleDownDelay}. */
    @Override
    public Duration scaleDownDelay() {
        return scaleDownDelay == null ? DEFAULT_SCALE_DOWN_DELAY : scaleDownDelay;
    }

    /** Whether the plan itself names a scale-down delay. */
    public boolean namesScaleDownDelay() {
        return scaleDownDelay != null;
    }

    /** This plan's delay, else {@code environmentDelay} (may be {@code null}), else the default 30 s. */
    public Duration effectiveScaleDownDelay(Duration environmentDelay) {
        return scaleDownDelay != null ? scaleDownDelay
                : environmentDelay != null ? environmentDelay : DEFAULT_SCALE_DOWN_DELAY;
    }

    /** The analysis of that name defined with this plan. */
    public Optional<AnalysisDefinition> analysis(String name) {
        return analyses.stream().filter(analysis -> analysis.name().equals(name)).findFirst();
    }

    /** The names of the analyses the steps run, in step order, each once. */
    public List<String> analysisNames() {
        return steps.stream().filter(ReleaseStep.Analysis.class::isInstance)
                .map(step -> ((ReleaseStep.Analysis) step).name()).distinct().toList();
    }
}
