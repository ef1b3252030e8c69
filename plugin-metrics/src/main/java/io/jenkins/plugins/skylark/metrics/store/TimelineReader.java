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

    /** The names (application, environment) of those of {@code series} with a deployment before {@code start}. */
    static Set<List<String>> startedBefore(Connection connection, List<SeriesWalks.SeriesRow> series, Instant start)
            throws SQLException {
        Set<List<String>> names = new HashSet<>();
        // One indexed probe per series, as perSeries reads them (an equality, not a list of ids).
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM deployments WHERE series_id = ? AND deployed_at < ? FETCH FIRST 1 ROWS ONLY")) {
            select.setObject(2, SqlValues.timestamp(start));
            for (SeriesWalks.SeriesRow row : series) {
                select.setLong(1, row.id());
                try (ResultSet found = select.executeQuery()) {
                    if (found.next()) {
                        names.add(List.of(row.application(), row.environment()));
                    }
                }
            }
        }
        return names;
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
        String sql = "SELECT d.event_id, d.deployed_at, d.outcome, d.failed_at"
                + (withDetails.isEmpty() ? ", NULL AS version" : ", d.version") + " FROM deployments d"
                + " WHERE d.series_id = ? AND d.deployed_at >= ? AND d.deployed_at < ?";
        Set<Long> detailed = new HashSet<>();
        perSeries(stored, sql, (parts, row) -> {
            boolean details = withDetails.contains(List.of(parts.series.application(), parts.series.environment()));
            long id = row.getLong(1);
            Deployment deployment = new Deployment("#" + id, parts.series.application(), parts.series.environment(),
                    SqlValues.instant(row, "deployed_at"), DeploymentOutcome.valueOf(row.getString(3)),
                    details ? row.getString(5) : null, List.of(), List.of());
            if (details) {
                detailed.add(id);
            }
            parts.deployments.add(new TimedDeployment(deployment, SqlValues.instant(row, "failed_at")));
        }, period.startInstant(), period.endInstant());
        if (!detailed.isEmpty()) {
            readIssueKeys(stored, detailed);
        }
    }

    /** Gives the deployments of {@code detailed} (event ids) their issue keys. */
    private void readIssueKeys(Map<Long, SeriesParts> stored, Set<Long> detailed) throws SQLException {
        String sql = "SELECT i.deployment_id, i.issue_key FROM deployment_issues i JOIN deployments d"
                + " ON d.event_id = i.deployment_id WHERE d.series_id = ?"
                + " AND d.deployed_at >= ? AND d.deployed_at < ? ORDER BY i.deployment_id, i.issue_key";
        Map<Long, List<String>> found = new HashMap<>();
        perSeries(stored, sql, (parts, row) -> {
            if (detailed.contains(row.getLong(1))) {
                found.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
            }
        }, period.startInstant(), period.endInstant());
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
        String sql = "SELECT deployed_at, lead_micros FROM series_lead_times WHERE series_id = ?"
                + " AND deployed_at >= ? AND deployed_at < ?";
        perSeries(stored, sql, (parts, row) -> parts.leadTimes.add(new LeadTime(SqlValues.instant(row, "deployed_at"),
                Duration.of(row.getLong(2), ChronoUnit.MICROS))), period.startInstant(), period.endInstant());
    }

    private void readEpisodes(Map<Long, SeriesParts> stored) throws SQLException {
        String sql = "SELECT known_at, started_at, ended_at FROM series_episodes WHERE series_id = ?"
                + " AND known_at < ? AND (ended_at IS NULL OR ended_at >= ?)";
        perSeries(stored, sql, (parts, row) -> parts.episodes.add(new FailureEpisode(SqlValues.instant(row, "known_at"),
                SqlValues.instant(row, "started_at"), SqlValues.instant(row, "ended_at"))),
                period.endInstant(), period.startInstant());
    }

    private void readIssues(Map<Long, SeriesParts> stored) throws SQLException {
        String sql = "SELECT issue_at, kind, subject FROM series_issues WHERE series_id = ?"
                + " AND issue_at >= ? AND issue_at < ? ORDER BY seq";
        perSeries(stored, sql, (parts, row) -> parts.issues.add(new TimedIssue(SqlValues.instant(row, "issue_at"),
                new DataIssue(DataIssue.Kind.valueOf(row.getString(2)), parts.series.application(),
                        parts.series.environment(), row.getString(3)))), period.startInstant(), period.endInstant());
    }

    /**
     * Runs {@code sql} once per stored series, its id as the first parameter and then {@code bounds}, and
     * hands each row to {@code rows}. One series at a time, not an {@code IN} list of ids: with a list H2
     * ranges over the series' index by id only and reads every row of every year (100x the rows of a
     * year at 100 000 deployments); with an equality it reads the period's rows alone.
     */
    private void perSeries(Map<Long, SeriesParts> stored, String sql, SeriesRows rows, Instant... bounds)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < bounds.length; i++) {
                select.setObject(i + 2, SqlValues.timestamp(bounds[i]));
            }
            for (Map.Entry<Long, SeriesParts> series : stored.entrySet()) {
                select.setLong(1, series.getKey());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.read(series.getValue(), row);
                    }
                }
            }
        }
    }

    /** What a query of {@link #perSeries} does with each row of a series. */
    @FunctionalInterface
    private interface SeriesRows {
        void read(SeriesParts parts, ResultSet row) throws SQLException;
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
