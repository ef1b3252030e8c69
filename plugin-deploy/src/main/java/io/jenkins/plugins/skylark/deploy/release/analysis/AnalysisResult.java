package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of an analysis: its verdict, every measurement taken, and a one-sentence reason naming the
 * analysis and the deciding value against the condition. Plain data: saved by step executions (River,
 * XStream: the list is a plain {@link ArrayList}) and written as JSON.
 */
public record AnalysisResult(String analysis, Verdict verdict, List<Measurement> measurements, String reason)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public AnalysisResult {
        measurements = new ArrayList<>(measurements);
    }

    @Override
    public List<Measurement> measurements() {
        return Collections.unmodifiableList(measurements);
    }

    /** How many measurements had {@code outcome}. */
    public int count(Verdict outcome) {
        return (int) measurements.stream().filter(measurement -> measurement.verdict() == outcome).count();
    }
}
