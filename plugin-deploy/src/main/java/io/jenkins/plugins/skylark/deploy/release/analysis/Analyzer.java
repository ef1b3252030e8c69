package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs an analysis: the first measurement at once, then one every {@code interval}, at most {@code count},
 * stopping as soon as the verdict is certain. Each measurement is logged (value, sample size, verdict),
 * and so is the outcome.
 */
public final class Analyzer {

    private static final LocalizedBundle TEXT = LocalizedBundle.of(Analyzer.class);

    private final MetricSource source;
    private final Sleeper sleeper;
    private final Clock clock;

    public Analyzer(MetricSource source, Sleeper sleeper, Clock clock) {
        this.source = source;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * Runs {@code template} with the placeholder values (application, namespace, canary …).
     *
     * @throws InvalidAnalysisException when a placeholder the queries use has no value (before any query)
     * @throws InterruptedException when the wait is interrupted, e.g. the build was aborted
     */
    public AnalysisResult run(AnalysisTemplate template, Map<String, String> placeholders, Consumer<String> log)
            throws InterruptedException {
        Probe probe = Probe.of(template, placeholders, source, clock);
        log.accept(TEXT.format("analysis.start", template.name(), template.count(), template.interval(),
                template.condition(), probe.query()));
        if (probe.sampleQuery() != null) {
            log.accept(TEXT.format("analysis.sample", template.name(), Numbers.format(template.minSampleSize()),
                    probe.sampleQuery()));
        }
        Tally tally = new Tally(template);
        Optional<Verdict> verdict = Optional.empty();
        for (int taken = 0; verdict.isEmpty(); taken++) {
            if (taken > 0) {
                sleeper.sleep(template.intervalDuration());
            }
            Measurement measurement = probe.measure(log);
            tally.add(measurement);
            log.accept(TEXT.format("analysis.measurement", template.name(), taken + 1, template.count(),
                    Numbers.format(measurement.value()), Numbers.format(measurement.sampleSize()),
                    measurement.verdict(), Explanations.of(template, measurement)));
            verdict = tally.decided();
        }
        AnalysisResult result = new AnalysisResult(template.name(), verdict.get(), tally.measurements(),
                Explanations.reason(template, verdict.get(), tally));
        log.accept(result.reason());
        return result;
    }
}
