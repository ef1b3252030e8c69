package io.jenkins.plugins.skylark.metrics.dora;

/**
 * The figures of one application in one environment.
 *
 * @param application application name
 * @param environment environment name
 * @param figures     the figures
 */
public record Series(String application, String environment, SeriesFigures figures) {
}
