package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.CheckResult;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.IncidentLinks;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored rows a scope's report of a period needs, read once, and cut for the period or any part of
 * it: a part's report is what a history cut at the part's end gives. That holds because every stored
 * fact carries its time (a walk's facts depend only on the deployments before them, see
 * {@link SeriesTimeline}), incidents and their links are folded again from the changes before the
 * part's end, and a series counts in a part only once it has a deployment before the part's end.
 *
 * @param startedBefore series with a deployment before the period's start (read only when a part ends
 *                      before the period)
 */
record PeriodSnapshot(MetricsScope scope, ReportPeriod period, List<SeriesTimeline> timelines,
        Set<List<String>> startedBefore, Map<List<String>, List<IncidentChange>> incidentChanges,
        List<HistoryLinks.LinkRow> links, List<CheckResult> checks) {

    /**
     * Reads the period's rows in one snapshot of the database; {@code null} when a series' walk is behind
     * (listed in {@code stale}).
     *
     * @param parts the parts that will be asked for, each within the period
     */
    static PeriodSnapshot read(Connection connection, ReportScope scope, ReportPeriod period, List<ReportPeriod> parts,
            List<SeriesWalks.SeriesRow> stale) throws SQLException {
        for (ReportPeriod part : parts) {
            if (part.startInstant().isBefore(period.startInstant()) || part.endInstant().isAfter(period.endInstant())) {
                throw new IllegalArgumentException("The part " + part.text() + " is not within the period " + period.text());
            }
        }
        // One snapshot for all reads: a deployment recorded meanwhile is in every read or in none.
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        Instant end = period.endInstant();
        List<SeriesWalks.SeriesRow> series = TimelineReader.series(connection, scope, end, stale);
        if (!stale.isEmpty()) {
            return null;
        }
        MetricsScope metrics = scope.metricsScope();
        ProjectFilter projects = ProjectFilter.of(scope);
        List<HistoryLinks.LinkRow> links = HistoryLinks.linkRows(connection, metrics, projects, end);
        Set<List<String>> linked = new HashSet<>();
        links.forEach(l -> linked.add(List.of(l.application(), l.environment())));
        boolean earlierEnds = parts.stream().anyMatch(p -> p.endInstant().isBefore(end));
        return new PeriodSnapshot(metrics, period, new TimelineReader(connection, scope, period).read(series, linked),
                earlierEnds ? TimelineReader.startedBefore(connection, series, period.startInstant()) : Set.of(),
                DeliveryStore.incidentChanges(connection, metrics, projects, end), links,
                HistoryLinks.checks(connection, metrics, projects, period.startInstant(), end));
    }

    /** The engine's report of {@code part}: the period itself or one of the parts given to {@link #read}. */
    DoraReport report(DoraEngine engine, ReportPeriod part) {
        Instant end = part.endInstant();
        List<SeriesTimeline> present = end.equals(period.endInstant()) ? timelines
                : timelines.stream().filter(t -> present(t, end)).toList();
        List<IncidentLinks> partLinks = HistoryLinks.incidentLinks(links, end);
        DeliveryHistory rest = new DeliveryHistory(List.of(), DeliveryStore.incidents(incidentChanges, end), partLinks,
                checks.stream().filter(c -> part.contains(c.at())).toList());
        return engine.compute(present, rest, scope, part);
    }

    /** Whether the series has a deployment before {@code end}, as a history cut there has. */
    private boolean present(SeriesTimeline timeline, Instant end) {
        return startedBefore.contains(List.of(timeline.application(), timeline.environment()))
                || timeline.deployments().stream().anyMatch(d -> d.deployment().at().isBefore(end));
    }
}
