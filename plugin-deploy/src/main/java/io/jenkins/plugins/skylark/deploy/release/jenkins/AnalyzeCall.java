package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplate;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code grayAnalyze} runs, as kept in its saved state: the analysis (placeholders already known), the
 * environment's Prometheus and the id of its credential (the secret itself is read again for each run and
 * never saved), and the plan's step to record as done when it succeeds ({@code null}: none). Public: River
 * reads a record back through its accessors, which it must be allowed to call.
 */
public record AnalyzeCall(ReleaseTarget target, AnalysisTemplate template, Map<String, String> placeholders,
        String prometheusUrl, String credentialsId, Integer step) implements Serializable {

    public AnalyzeCall {
        placeholders = new HashMap<>(placeholders);
    }
}
