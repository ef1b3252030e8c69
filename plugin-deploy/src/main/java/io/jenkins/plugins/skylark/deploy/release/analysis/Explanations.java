package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/** The sentences that say why a measurement or an analysis came out as it did. */
final class Explanations {

    private static final LocalizedBundle TEXT = LocalizedBundle.of(Explanations.class);

    private Explanations() {
    }

    /** Why {@code measurement} has its verdict, e.g. "value 0.91 does not meet >= 0.99". */
    static String of(AnalysisTemplate template, Measurement measurement) {
        if (measurement.error() != null) {
            return TEXT.format("measurement.error", measurement.error());
        }
        String value = Numbers.format(measurement.value());
        return switch (measurement.verdict()) {
            case SUCCESSFUL -> TEXT.format("measurement.met", value, template.condition());
            case FAILED -> TEXT.format("measurement.notMet", value, template.condition());
            case INCONCLUSIVE -> noData(template, measurement);
        };
    }

    private static String noData(AnalysisTemplate template, Measurement measurement) {
        if (template.sampleQuery() != null && measurement.sampleSize() == null) {
            return TEXT.format("measurement.noSample");
        }
        if (template.sampleQuery() != null && measurement.sampleSize() < template.minSampleSize()) {
            return TEXT.format("measurement.smallSample", Numbers.format(measurement.sampleSize()),
                    Numbers.format(template.minSampleSize()));
        }
        return TEXT.format("measurement.noValue");
    }

    /** The one-sentence reason of the analysis' verdict, naming the deciding measurement. */
    static String reason(AnalysisTemplate template, Verdict verdict, Tally tally) {
        int taken = tally.measurements().size();
        if (verdict != Verdict.SUCCESSFUL && !tally.limitExceeded()) {
            return TEXT.format("analysis.noSuccess", template.name(), taken, tally.failed(), tally.inconclusive(),
                    of(template, tally.measurements().get(taken - 1)));
        }
        return switch (verdict) {
            case FAILED -> TEXT.format("analysis.failed", template.name(), tally.failed(), taken,
                    template.failureLimit(), of(template, tally.last(Verdict.FAILED).orElseThrow()));
            case INCONCLUSIVE -> TEXT.format("analysis.inconclusive", template.name(), tally.inconclusive(), taken,
                    template.inconclusiveLimit(), of(template, tally.last(Verdict.INCONCLUSIVE).orElseThrow()));
            case SUCCESSFUL -> TEXT.format("analysis.successful", template.name(), tally.successful(), taken, template.condition(),
                    of(template, tally.last(Verdict.SUCCESSFUL).orElseThrow()), tally.failed(), tally.inconclusive());
        };
    }
}
