/**
 * The DORA delivery-metrics engine: plain records in ({@link io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory}),
 * figures per application and environment over a period out
 * ({@link io.jenkins.plugins.skylark.metrics.dora.DoraEngine}). No Jenkins types, no I/O.
 *
 * <p>Decisions (full text in the README, "Delivery metrics (DORA)"):
 * <ul>
 *   <li>lead time per commit = deployment time − Git <em>committer</em> time, each commit once, at its first
 *       successful deployment; none from the first deployment of a series, failed deployments or rollbacks;</li>
 *   <li>median and p90 by linear interpolation (Hyndman–Fan type 7), always from the samples (totals pool
 *       samples; a median of medians is not the median);</li>
 *   <li>ISO weeks, Monday-based, in the report time zone; empty weeks are zero;</li>
 *   <li>change fail rate = deployments that failed or were rolled back ÷ deployments that served traffic;
 *       rollbacks and never-served attempts are not deployments;</li>
 *   <li>recovery = failed deployment → next successful deployment or rollback, same application and
 *       environment; open failures are counted, not sampled; incidents are joined per id, negative
 *       durations flagged and left out;</li>
 *   <li>rework rate = deployments, at or after an incident opened, shipping an issue it links (or the incident
 *       itself) or releasing its fix version ÷ deployments; no data without linked incidents; no band
 *       ({@link io.jenkins.plugins.skylark.metrics.dora.Rework});</li>
 *   <li>quality gates and image scans are not DORA facts: the latest per application is passed through
 *       ({@link io.jenkins.plugins.skylark.metrics.dora.ApplicationChecks});</li>
 *   <li>performance bands are data with their source year (2024); no data is {@code NO_DATA}, never elite;</li>
 *   <li>production only by default.</li>
 * </ul>
 */
package io.jenkins.plugins.skylark.metrics.dora;
