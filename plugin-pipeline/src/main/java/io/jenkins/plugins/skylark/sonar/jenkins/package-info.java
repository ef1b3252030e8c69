/**
 * The Jenkins side of {@code platformScan}: the step and its non-blocking execution (analysis on the agent,
 * then a timer-driven gate wait that survives a controller restart), the SonarQube webhook receiver at
 * {@code /skylark-webhook/sonarqube}, the build-page summary and the {@code QUALITY_GATE} delivery event.
 */
package io.jenkins.plugins.skylark.sonar.jenkins;
