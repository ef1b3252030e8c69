package io.jenkins.plugins.skylark.metrics.dora;

/**
 * Deployments in one ISO week of the period; weeks without any are present with zeros.
 *
 * @param week        the ISO week
 * @param deployments deployments that served traffic
 * @param failed      of those, failed or rolled back
 */
public record WeekCount(IsoWeek week, int deployments, int failed) {
}
