package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.Incident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds one incident's openings and resolutions, in time order, into open→resolved intervals, the
 * form the engine takes ({@link Incident}: one record per interval, same id).
 * <ul>
 *   <li>an opening while open, or a resolution while resolved, repeats what is known: ignored;</li>
 *   <li>a resolution after a resolution-opening pair reopens and closes again: a second interval;</li>
 *   <li>a resolution dated before the first opening (clock or import error) is kept only if nothing
 *       later resolves the incident, giving a negative interval that the engine reports as a data
 *       error instead of an incident open for ever;</li>
 *   <li>resolutions with no opening at all give no interval (there is no start to report).</li>
 * </ul>
 */
final class IncidentIntervals {

    private IncidentIntervals() {
    }

    static List<Incident> fold(String application, String environment, String incidentId, List<IncidentChange> changes) {
        List<IncidentChange> chronological = new ArrayList<>(changes);
        chronological.sort(Comparator.comparing(IncidentChange::at));
        List<Incident> intervals = new ArrayList<>();
        Instant openedAt = null;
        Instant earlyResolution = null;
        for (IncidentChange change : chronological) {
            if (change.opened()) {
                openedAt = openedAt == null ? change.at() : openedAt;
            } else if (openedAt != null) {
                intervals.add(new Incident(incidentId, application, environment, openedAt, change.at()));
                openedAt = null;
                earlyResolution = null;
            } else if (intervals.isEmpty() && earlyResolution == null) {
                earlyResolution = change.at();
            }
        }
        if (openedAt != null) {
            intervals.add(new Incident(incidentId, application, environment, openedAt, earlyResolution));
        }
        return intervals;
    }
}
