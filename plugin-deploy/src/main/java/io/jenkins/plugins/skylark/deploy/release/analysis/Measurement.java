package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.io.Serializable;

/**
 * One measurement of an analysis.
 *
 * @param time when it was taken, ISO-8601 ({@code 2026-12-03T13:00:00Z})
 * @param value the query's value; {@code null} when it returned no series, NaN, or failed
 * @param sampleSize the sample query's value; {@code null} without a sample query, or when it returned nothing
 * @param verdict what this measurement counts as
 * @param error the Prometheus error once retries were spent (its verdict is the analysis' {@code onError}),
 *     otherwise {@code null}
 */
public record Measurement(String time, Double value, Double sampleSize, Verdict verdict, String error)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
