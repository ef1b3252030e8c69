/**
 * Renders a {@link io.jenkins.plugins.skylark.metrics.dora.DoraReport} as HTML (server-drawn SVG
 * charts and a sibling CSS file, so it renders under the Content-Security-Policy Jenkins puts on
 * archived artefacts: no script, no inline style), JSON (schema {@code report-schema-v1.json}) or
 * CSV (RFC 4180). {@link io.jenkins.plugins.skylark.metrics.report.DeliveryReportService} is the
 * entry point of the {@code deliveryReport} step. All user text is escaped by the writer that
 * emits it.
 */
package io.jenkins.plugins.skylark.metrics.report;
