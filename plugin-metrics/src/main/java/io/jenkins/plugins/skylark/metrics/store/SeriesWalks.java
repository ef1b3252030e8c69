package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps each series' stored walk ({@link SeriesTimeline}: failed-at times on the deployment rows, lead
 * times, failure episodes, issues) equal to {@link DoraEngine#walk} over the series' recorded deployments.
 * Recording a deployment counts a change on its series; a series whose walk is behind is walked again,
 * whole, before a report reads it ({@link #refresh}). The walk is the engine's own code: the store only
 * keeps its result.
 */
final class SeriesWalks {

    private static final String DEPLOYMENTS = "SELECT d.event_id, e.idempotency_key, d.deployed_at, d.outcome,"
            + " d.failed_at, c.commit_id, c.author_time, c.committer_time FROM deployments d"
            + " JOIN delivery_events e ON e.id = d.event_id"
            + " LEFT JOIN deployment_commits c ON c.deployment_id = d.event_id WHERE d.series_id = ?"
            + " ORDER BY d.deployed_at, d.event_id, c.committer_time, c.commit_id";

    private SeriesWalks() {
    }

    /** A stored series. */
    record SeriesRow(long id, String project, String application, String environment) {
    }

    /** A series' name: its deployments' project ({@code null}: none), application and environment. */
    record SeriesName(String project, String application, String environment) {

        static SeriesName of(DeliveryEvent event) {
            return new SeriesName(event.project(), event.application(), event.environment());
        }

        /** Unique per series (a name cannot start with both markers); the V3 migration builds the same. */
        String key() {
            return (project == null ? "-" : "+" + project) + "\n" + application + "\n" + environment;
        }
    }

    /** Walks again every series of {@code series} whose stored walk is behind its recorded deployments. */
    static void refresh(MetricsDatabase database, List<SeriesRow> series) {
        for (SeriesRow row : series) {
            database.inTransaction(connection -> {
                walkIfStale(connection, row);
                return null;
            });
        }
    }

    private static void walkIfStale(Connection connection, SeriesRow series) throws SQLException {
        long changes;
        // The row lock keeps recorders of this series waiting until the new walk is committed.
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT changes, walked FROM deployment_series WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, series.id());
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                changes = row.getLong(1);
                if (row.getLong(2) >= changes) {
                    return;
                }
            }
        }
        Map<Long, Instant> storedFailedAt = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        SeriesTimeline timeline = DoraEngine.walk(series.application(), series.environment(),
                deployments(connection, series, storedFailedAt, ids));
        store(connection, series.id(), timeline, storedFailedAt, ids);
        try (PreparedStatement done = connection.prepareStatement("UPDATE deployment_series SET walked = ? WHERE id = ?")) {
            done.setLong(1, changes);
            done.setLong(2, series.id());
            done.executeUpdate();
        }
    }

    private static List<Deployment> deployments(Connection connection, SeriesRow series, Map<Long, Instant> failedAt,
            Map<String, Long> ids) throws SQLException {
        Map<Long, DeploymentRow> byId = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(DEPLOYMENTS)) {
            select.setLong(1, series.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    DeploymentRow deployment = byId.get(id);
                    if (deployment == null) {
                        deployment = new DeploymentRow(row.getString(2), SqlValues.instant(row, "deployed_at"),
                                DeploymentOutcome.valueOf(row.getString(4)), new ArrayList<>());
                        byId.put(id, deployment);
                        failedAt.put(id, SqlValues.instant(row, "failed_at"));
                        ids.put(deployment.key(), id);
                    }
                    if (row.getString(6) != null) {
                        deployment.commits().add(new LinkedCommit(row.getString(6), SqlValues.instant(row, "author_time"),
                                SqlValues.instant(row, "committer_time")));
                    }
                }
            }
        }
        return byId.values().stream().map(d -> new Deployment(d.key(), series.application(), series.environment(),
                d.at(), d.outcome(), null, d.commits())).toList();
    }

    private record DeploymentRow(String key, Instant at, DeploymentOutcome outcome, List<LinkedCommit> commits) {
    }

    /** Replaces the stored walk of series {@code seriesId} by {@code timeline}. */
    static void store(Connection connection, long seriesId, SeriesTimeline timeline, Map<Long, Instant> storedFailedAt,
            Map<String, Long> ids) throws SQLException {
        for (String table : List.of("series_lead_times", "series_episodes", "series_issues")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE series_id = ?")) {
                delete.setLong(1, seriesId);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE deployments SET failed_at = ? WHERE event_id = ?")) {
            for (SeriesTimeline.TimedDeployment timed : timeline.deployments()) {
                long id = ids.get(timed.deployment().idempotencyKey());
                if (!Objects.equals(storedFailedAt.get(id), timed.failedAt())) {
                    update.setObject(1, timed.failedAt() == null ? null : SqlValues.timestamp(timed.failedAt()));
                    update.setLong(2, id);
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO series_lead_times (series_id, deployed_at, lead_micros) VALUES (?, ?, ?)")) {
            for (SeriesTimeline.LeadTime lead : timeline.leadTimes()) {
                insert.setLong(1, seriesId);
                insert.setObject(2, SqlValues.timestamp(lead.deployedAt()));
                insert.setLong(3, micros(lead.duration()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO series_episodes (series_id, known_at, started_at, ended_at) VALUES (?, ?, ?, ?)")) {
            for (SeriesTimeline.FailureEpisode episode : timeline.episodes()) {
                insert.setLong(1, seriesId);
                insert.setObject(2, SqlValues.timestamp(episode.knownAt()));
                insert.setObject(3, SqlValues.timestamp(episode.startedAt()));
                insert.setObject(4, episode.endedAt() == null ? null : SqlValues.timestamp(episode.endedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO series_issues (series_id, seq, issue_at, kind, subject) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (SeriesTimeline.TimedIssue issue : timeline.issues()) {
                insert.setLong(1, seriesId);
                insert.setInt(2, seq++);
                insert.setObject(3, SqlValues.timestamp(issue.at()));
                insert.setString(4, issue.issue().kind().name());
                insert.setString(5, issue.issue().subject());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static long micros(Duration duration) {
        return duration.getSeconds() * 1_000_000L + duration.getNano() / 1_000;
    }
}
