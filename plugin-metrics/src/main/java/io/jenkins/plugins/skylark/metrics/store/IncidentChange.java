package io.jenkins.plugins.skylark.metrics.store;

import java.time.Instant;

/** One stored opening or resolution of an incident. */
record IncidentChange(String incidentId, boolean opened, Instant at) {
}
