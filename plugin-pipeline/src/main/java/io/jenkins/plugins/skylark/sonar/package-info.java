/**
 * SonarQube analysis and quality gate for {@code platformScan}: the analysis properties of a request
 * ({@link io.jenkins.plugins.skylark.sonar.ScanRequest}, {@link io.jenkins.plugins.skylark.sonar.ScanLayout}),
 * the analysis itself behind {@link io.jenkins.plugins.skylark.sonar.SonarAnalyzer} (the SonarScanner Java
 * library), the typed Web API calls the gate wait makes ({@link io.jenkins.plugins.skylark.sonar.SonarClient}),
 * the webhook payload, and one tick of the wait ({@link io.jenkins.plugins.skylark.sonar.GateCheck}).
 * Plain Java, no Jenkins types; the step lives in {@code sonar.jenkins}.
 */
package io.jenkins.plugins.skylark.sonar;
