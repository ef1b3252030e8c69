package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.AnalysisErrorPolicy;

/**
 * The runnable form of analyses defined outside this package: a release file or the platform model, read and
 * checked by plugin-pipeline's release plan parser.
 */
public final class AnalysisTemplates {

    private AnalysisTemplates() {
    }

    /**
     * The runnable form of an analysis a release file or the platform model defines (the parser there has
     * checked its syntax; this checks the rest, e.g. placeholders, and names the field otherwise).
     *
     * @throws InvalidAnalysisException listing every problem by field
     */
    public static AnalysisTemplate from(AnalysisDefinition definition) {
        return new AnalysisTemplate(definition.name(), definition.query(), definition.successCondition(),
                definition.sampleQuery(), definition.sampleQuery() == null ? 0 : definition.minSampleSize(),
                PromDuration.format(definition.interval()), definition.count(), definition.failureLimit(),
                definition.inconclusiveLimit(),
                definition.onError() == AnalysisErrorPolicy.FAIL ? Verdict.FAILED : Verdict.INCONCLUSIVE);
    }
}
