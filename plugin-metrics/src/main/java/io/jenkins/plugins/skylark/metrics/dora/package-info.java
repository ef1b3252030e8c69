/**
 * The DORA delivery-metrics engine: plain records in ({@link DeliveryHistory}), figures per
 * application and environment over a period out. No Jenkins types, no I/O. The definitions are in
 * {@code plugin-metrics/METRICS.md}.
 */
package io.jenkins.plugins.skylark.metrics.dora;
