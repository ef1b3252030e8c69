package io.jenkins.plugins.skylark.metrics.dora;

/**
 * A deployment that served traffic in the period, with what the whole history says about it.
 *
 * @param deployment the record
 * @param failed     {@code FAILED} itself, or marked failed by a later rollback
 */
public record CountedDeployment(Deployment deployment, boolean failed) {
}
