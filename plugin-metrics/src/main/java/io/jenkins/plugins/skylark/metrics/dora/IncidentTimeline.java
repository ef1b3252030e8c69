package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Incident time to restore for one application and environment. The intervals of one incident id
 * (reopened incidents) are joined: first opening to last resolution, open while any interval is.
 * An incident with an interval resolved before it opened is flagged and left out. Incidents are not
 * linked to deployments: they never change the change fail rate.
 */
final class IncidentTimeline {

    private final ReportPeriod period;
    private final List<Duration> restoreTimes = new ArrayList<>();
    private final List<DataIssue> issues = new ArrayList<>();
    private int open;

    private IncidentTimeline(ReportPeriod period) {
        this.period = period;
    }

    static SeriesFacts addTo(SeriesFacts facts, List<Incident> incidents, ReportPeriod period) {
        IncidentTimeline timeline = new IncidentTimeline(period);
        Map<String, List<Incident>> byId = new LinkedHashMap<>();
        incidents.stream().sorted(Comparator.comparing(Incident::openedAt))
                .forEach(i -> byId.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(i));
        byId.values().forEach(timeline::add);
        return facts.withIncidents(timeline.restoreTimes, timeline.open, timeline.issues);
    }

    private void add(List<Incident> intervals) {
        Incident first = intervals.get(0);
        Instant end = period.endInstant();
        if (intervals.stream().anyMatch(i -> i.resolvedAt() != null && i.resolvedAt().isBefore(i.openedAt()))) {
            if (first.openedAt().isBefore(end) && !first.openedAt().isBefore(period.startInstant())) {
                issues.add(new DataIssue(DataIssue.Kind.NEGATIVE_INCIDENT_DURATION, first.application(),
                        first.environment(), first.id()));
            }
            return;
        }
        boolean stillOpen = intervals.stream().anyMatch(i -> i.resolvedAt() == null);
        Instant resolved = stillOpen ? null : intervals.stream().map(Incident::resolvedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        if (resolved != null && period.contains(resolved)) {
            restoreTimes.add(Duration.between(first.openedAt(), resolved));
        } else if (first.openedAt().isBefore(end) && (resolved == null || !resolved.isBefore(end))) {
            open++;
        }
    }
}
