/**
 * The delivery metrics page's JSON endpoints, without Jenkins: {@code options} (what the selectors
 * offer and the page's texts), {@code report} (the JSON report of the selection, schema
 * {@code report-schema-v1.json}, plus a week-by-week trend) and {@code deployments} (the deployment
 * records behind a figure). Who may see which project is decided by {@link
 * io.jenkins.plugins.skylark.metrics.page.MetricsAccess} before any data is read.
 */
package io.jenkins.plugins.skylark.metrics.page;
