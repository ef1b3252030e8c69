/**
 * Incident import from JIRA: each project with a JIRA server and an incident JQL
 * ({@link io.jenkins.plugins.skylark.metrics.incidents.IncidentSource}) has its incident issues turned into
 * {@code INCIDENT_OPENED}/{@code INCIDENT_RESOLVED} events
 * ({@link io.jenkins.plugins.skylark.metrics.incidents.IncidentMapping}: which application and environment,
 * keys, attributes) and recorded once each
 * ({@link io.jenkins.plugins.skylark.metrics.incidents.IncidentImport}). Plain Java: the JIRA search is
 * handed in; the adapter (periodic work, {@code jiraImportIncidents} step) builds it from skylark-pipeline's
 * {@code JiraClient} and the project's credentials. Lives in the metrics plugin because its only use is
 * the metrics store.
 */
package io.jenkins.plugins.skylark.metrics.incidents;
