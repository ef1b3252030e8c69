package io.jenkins.plugins.skylark.metrics.dora;

/**
 * The bands of one series. The change fail rate gets no band: the 2024 clusters do not order it
 * (the medium cluster fails less often than the high one), so the rate is shown as it is.
 *
 * @param deploymentFrequency band of deployments per week
 * @param leadTime            band of the median lead time
 * @param recovery            band of the median failed-deployment recovery time
 */
public record PerformanceLevels(PerformanceLevel deploymentFrequency, PerformanceLevel leadTime,
                                PerformanceLevel recovery) {
}
