package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.DataIssue;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.FailureEpisode;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.LeadTime;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.TimedDeployment;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.TimedIssue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the stored walks of a scope's series, only the rows that touch the period. A series shared by
 * several projects of the scope (same application and environment) is one series for the engine: its
 * deployments are read and walked together here instead (rare: tenants seldom share names).
 */
final class TimelineReader {

    static final String SERIES = "SELECT id, project, application, environment, changes, walked FROM deployment_series s"
            + " WHERE (? = '" + MetricsScope.ALL + "' OR s.application = ?) AND (? = '" + MetricsScope.ALL
            + "' OR s.environment = ?)";

    private final Connection connection;
    private final ReportScope scope;
    private final ReportPeriod period;
    private final ProjectFilter projects;
    private List<Long> storedIds = List.of();

    TimelineReader(Connection connection, ReportScope scope, ReportPeriod period) {
        this.connection = connection;
        this.scope = scope;
        this.period = period;
        this.projects = ProjectFilter.of(scope);
    }

    /**
     * The scope's series with a deployment before {@code end} (as in a history cut there); {@code stale}
     * receives those whose stored walk is behind.
     */
    static List<SeriesWalks.SeriesRow> series(Connection connection, ReportScope scope, Instant end,
            List<SeriesWalks.SeriesRow> stale) throws SQLException {
        ProjectFilter projects = ProjectFilter.of(scope);
        List<SeriesWalks.SeriesRow> rows = new ArrayList<>();
        String sql = SERIES + projects.and("s.project")
                + " AND EXISTS (SELECT 1 FROM deployments d WHERE d.series_id = s.id AND d.deployed_at < ?) ORDER BY id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int next = projects.bind(select, bindScope(select, scope.metricsScope(), 1));
            select.setObject(next, SqlValues.timestamp(end));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    SeriesWalks.SeriesRow series = new SeriesWalks.SeriesRow(row.getLong(1), row.getString(2),
                            row.getString(3), row.getString(4));
                    rows.add(series);
                    if (row.getLong(6) < row.getLong(5)) {
                        stale.add(series);
                    }
                }
            }
        }
        return rows;
    }

    /**
     * @param series      the scope's series
     * @param withDetails series whose deployments need version and issue keys (those with incident links)
     */
    List<SeriesTimeline> read(List<SeriesWalks.SeriesRow> series, Set<List<String>> withDetails) throws SQLException {
        Map<List<String>, List<SeriesWalks.SeriesRow>> byName = new LinkedHashMap<>();
        series.forEach(s -> byName.computeIfAbsent(List.of(s.application(), s.environment()), k -> new ArrayList<>()).add(s));
        Map<Long, SeriesParts> stored = new HashMap<>();
        List<SeriesTimeline> timelines = new ArrayList<>();
        for (Map.Entry<List<String>, List<SeriesWalks.SeriesRow>> entry : byName.entrySet()) {
            if (entry.getValue().size() == 1) {
                stored.put(entry.getValue().get(0).id(), new SeriesParts(entry.getValue().get(0)));
            } else {
                MetricsScope one = new MetricsScope(entry.getKey().get(0), entry.getKey().get(1));
                timelines.add(DoraEngine.walk(one.application(), one.environment(),
                        DeliveryStore.deployments(connection, one, projects, period.endInstant())));
            }
        }
        if (!stored.isEmpty()) {
            storedIds = List.copyOf(stored.keySet());
            readDeployments(stored, withDetails);
            readLeadTimes(stored);
            readEpisodes(stored);
            readIssues(stored);
            stored.values().forEach(parts -> timelines.add(parts.timeline()));
        }
        return timelines;
    }

    private void readDeployments(Map<Long, SeriesParts> stored, Set<List<String>> withDetails) throws SQLException {
        // The version only where rework needs it: without it the index answers alone (V4).
        String sql = "SELECT d.series_id, d.event_id, d.deployed_at, d.outcome, d.failed_at"
                + (withDetails.isEmpty() ? ", NULL AS version" : ", d.version") + " FROM deployments d"
                + " WHERE d.series_id IN (" + seriesIds() + ") AND d.deployed_at >= ? AND d.deployed_at < ?";
        Set<Long> detailed = new HashSet<>();
        try (PreparedStatement select = inPeriod(sql, 1)) {
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    SeriesParts parts = stored.get(row.getLong(1));
                    if (parts == null) {
                        continue;
                    }
                    boolean details = withDetails.contains(List.of(parts.series.application(), parts.series.environment()));
                    long id = row.getLong(2);
                    Deployment deployment = new Deployment("#" + id, parts.series.application(),
                            parts.series.environment(), SqlValues.instant(row, "deployed_at"),
                            DeploymentOutcome.valueOf(row.getString(4)), details ? row.getString(6) : null, List.of(),
                            List.of());
                    if (details) {
                        detailed.add(id);
                    }
                    parts.deployments.add(new TimedDeployment(deployment, SqlValues.instant(row, "failed_at")));
                }
            }
        }
        if (!detailed.isEmpty()) {
            readIssueKeys(stored, detailed);
        }
    }

    /** Gives the deployments of {@code detailed} (event ids) their issue keys. */
    private void readIssueKeys(Map<Long, SeriesParts> stored, Set<Long> detailed) throws SQLException {
        String sql = "SELECT i.deployment_id, i.issue_key FROM deployment_issues i JOIN deployments d"
                + " ON d.event_id = i.deployment_id WHERE d.series_id IN (" + seriesIds() + ")"
                + " AND d.deployed_at >= ? AND d.deployed_at < ? ORDER BY i.deployment_id, i.issue_key";
        Map<Long, List<String>> found = new HashMap<>();
        try (PreparedStatement select = inPeriod(sql, 1); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                if (detailed.contains(row.getLong(1))) {
                    found.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
                }
            }
        }
        for (SeriesParts parts : stored.values()) {
            parts.deployments.replaceAll(timed -> {
                Deployment d = timed.deployment();
                List<String> keys = found.get(Long.parseLong(d.idempotencyKey().substring(1)));
                return keys == null ? timed : new TimedDeployment(new Deployment(d.idempotencyKey(), d.application(),
                        d.environment(), d.at(), d.outcome(), d.version(), d.commits(), keys), timed.failedAt());
            });
        }
    }

    private void readLeadTimes(Map<Long, SeriesParts> stored) throws SQLException {
        String sql = "SELECT series_id, deployed_at, lead_micros FROM series_lead_times WHERE series_id IN ("
                + seriesIds() + ") AND deployed_at >= ? AND deployed_at < ?";
        try (PreparedStatement select = inPeriod(sql, 1); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                SeriesParts parts = stored.get(row.getLong(1));
                if (parts != null) {
                    parts.leadTimes.add(new LeadTime(SqlValues.instant(row, "deployed_at"),
                            Duration.of(row.getLong(3), ChronoUnit.MICROS)));
                }
            }
        }
    }

    private void readEpisodes(Map<Long, SeriesParts> stored) throws SQLException {
        String sql = "SELECT series_id, known_at, started_at, ended_at FROM series_episodes WHERE series_id IN ("
                + seriesIds() + ") AND known_at < ? AND (ended_at IS NULL OR ended_at >= ?)";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int next = bindSeries(select, 1);
            select.setObject(next, SqlValues.timestamp(period.endInstant()));
            select.setObject(next + 1, SqlValues.timestamp(period.startInstant()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    SeriesParts parts = stored.get(row.getLong(1));
                    if (parts != null) {
                        parts.episodes.add(new FailureEpisode(SqlValues.instant(row, "known_at"),
                                SqlValues.instant(row, "started_at"), SqlValues.instant(row, "ended_at")));
                    }
                }
            }
        }
    }

    private void readIssues(Map<Long, SeriesParts> stored) throws SQLException {
        String sql = "SELECT series_id, issue_at, kind, subject FROM series_issues WHERE series_id IN (" + seriesIds()
                + ") AND issue_at >= ? AND issue_at < ? ORDER BY series_id, seq";
        try (PreparedStatement select = inPeriod(sql, 1); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                SeriesParts parts = stored.get(row.getLong(1));
                if (parts != null) {
                    parts.issues.add(new TimedIssue(SqlValues.instant(row, "issue_at"), new DataIssue(
                            DataIssue.Kind.valueOf(row.getString(3)), parts.series.application(),
                            parts.series.environment(), row.getString(4))));
                }
            }
        }
    }

    /**
     * Parameters for the ids of the series read from their stored walks: a list of values, which both
     * databases look up in the series index (H2 scans the whole table for an {@code IN} subquery).
     */
    private String seriesIds() {
        return "?, ".repeat(storedIds.size() - 1) + "?";
    }

    private int bindSeries(PreparedStatement select, int from) throws SQLException {
        int next = from;
        for (long id : storedIds) {
            select.setLong(next++, id);
        }
        return next;
    }

    /** Prepares {@code sql}: the series subquery's parameters, then the period's start and end. */
    private PreparedStatement inPeriod(String sql, int from) throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        select.closeOnCompletion();
        int next = bindSeries(select, from);
        select.setObject(next, SqlValues.timestamp(period.startInstant()));
        select.setObject(next + 1, SqlValues.timestamp(period.endInstant()));
        return select;
    }

    private static int bindScope(PreparedStatement select, MetricsScope scope, int from) throws SQLException {
        select.setString(from, scope.application());
        select.setString(from + 1, scope.application());
        select.setString(from + 2, scope.environment());
        select.setString(from + 3, scope.environment());
        return from + 4;
    }

    /** One stored series while its rows are read. */
    private static final class SeriesParts {
        private final SeriesWalks.SeriesRow series;
        private final List<TimedDeployment> deployments = new ArrayList<>();
        private final List<LeadTime> leadTimes = new ArrayList<>();
        private final List<FailureEpisode> episodes = new ArrayList<>();
        private final List<TimedIssue> issues = new ArrayList<>();

        SeriesParts(SeriesWalks.SeriesRow series) {
            this.series = series;
        }

        SeriesTimeline timeline() {
            return new SeriesTimeline(series.application(), series.environment(), deployments, leadTimes, episodes, issues);
        }
    }
}
