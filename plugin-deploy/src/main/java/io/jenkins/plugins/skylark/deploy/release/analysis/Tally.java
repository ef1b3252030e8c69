package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The running count of an analysis, as Argo Rollouts counts an AnalysisRun: failed once failures exceed
 * {@code failureLimit}, inconclusive once measurements without data exceed {@code inconclusiveLimit}
 * (both certain as soon as they happen, so the analysis stops there), otherwise successful after
 * {@code count} measurements, if at least one of them succeeded ("no data" is never a success).
 */
final class Tally {

    private final AnalysisTemplate template;
    private final List<Measurement> measurements = new ArrayList<>();
    private int failed;
    private int inconclusive;

    Tally(AnalysisTemplate template) {
        this.template = template;
    }

    void add(Measurement measurement) {
        measurements.add(measurement);
        switch (measurement.verdict()) {
            case FAILED -> failed++;
            case INCONCLUSIVE -> inconclusive++;
            default -> { }
        }
    }

    /** The verdict once it is certain: a limit exceeded, or all measurements taken. */
    Optional<Verdict> decided() {
        if (failed > template.failureLimit()) {
            return Optional.of(Verdict.FAILED);
        }
        if (inconclusive > template.inconclusiveLimit()) {
            return Optional.of(Verdict.INCONCLUSIVE);
        }
        if (measurements.size() < template.count()) {
            return Optional.empty();
        }
        if (successful() == 0) { // limits as large as count: within them, yet nothing succeeded
            return Optional.of(inconclusive > 0 ? Verdict.INCONCLUSIVE : Verdict.FAILED);
        }
        return Optional.of(Verdict.SUCCESSFUL);
    }

    /** Whether the verdict comes from a limit exceeded rather than from all measurements taken. */
    boolean limitExceeded() {
        return failed > template.failureLimit() || inconclusive > template.inconclusiveLimit();
    }

    int successful() {
        return measurements.size() - failed - inconclusive;
    }

    List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    int failed() {
        return failed;
    }

    int inconclusive() {
        return inconclusive;
    }

    /** The last measurement with {@code verdict}. */
    Optional<Measurement> last(Verdict verdict) {
        for (int i = measurements.size() - 1; i >= 0; i--) {
            if (measurements.get(i).verdict() == verdict) {
                return Optional.of(measurements.get(i));
            }
        }
        return Optional.empty();
    }
}
