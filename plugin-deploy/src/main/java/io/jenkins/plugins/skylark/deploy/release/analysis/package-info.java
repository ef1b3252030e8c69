/**
 * Gray-release analysis: a named Prometheus query with placeholders, a success condition and a minimum
 * sample size ({@link io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplate}, built-ins in
 * {@link io.jenkins.plugins.skylark.deploy.release.analysis.BuiltInAnalyses}, from release files and the model by
 * {@link io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplates}), measured {@code count} times
 * every {@code interval} by the {@link io.jenkins.plugins.skylark.deploy.release.analysis.Analyzer} with
 * Argo Rollouts' limits: failed when failures exceed {@code failureLimit}, inconclusive when measurements
 * without enough data exceed {@code inconclusiveLimit}. Prometheus is reached through
 * {@link io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusClient} (instant queries, typed API
 * errors, bounded retries of transient ones). Results are plain serialisable records.
 */
package io.jenkins.plugins.skylark.deploy.release.analysis;
