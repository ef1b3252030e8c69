package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.util.List;
import java.util.Map;

/**
 * The answer to an instant query: a {@code vector} (one sample per series, possibly none) or a
 * {@code scalar} (one sample without labels).
 */
public record QueryResult(String resultType, List<Sample> samples) {

    public QueryResult {
        samples = List.copyOf(samples);
    }

    /** One series' value; NaN and infinities are kept as Prometheus sent them. */
    public record Sample(Map<String, String> labels, double value) {
        public Sample {
            labels = Map.copyOf(labels);
        }
    }
}
