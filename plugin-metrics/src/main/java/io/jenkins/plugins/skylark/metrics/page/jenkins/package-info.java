/**
 * The delivery metrics page inside Jenkins: {@code /skylark-metrics} on the root and on every folder
 * bound to a project. A Jelly shell and an adjunct script draw the page; the {@code doXxx} methods hand
 * each request to the core endpoints as the current user.
 */
package io.jenkins.plugins.skylark.metrics.page.jenkins;
