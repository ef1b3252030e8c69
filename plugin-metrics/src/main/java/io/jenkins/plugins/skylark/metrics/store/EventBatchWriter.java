package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SQL of {@link DeliveryRecorder}: writes a batch of new events with JDBC batches (one round trip
 * per table, not per row), in the caller's transaction.
 */
final class EventBatchWriter {

    private static final String EVENT = "INSERT INTO delivery_events (idempotency_key, event_type, project, application,"
            + " environment, occurred_at, version, commit_id, build_url, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DEPLOYMENT = "INSERT INTO deployments (event_id, application, environment, deployed_at,"
            + " outcome, version, commit_id, project, series_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private EventBatchWriter() {
    }

    /** Which of {@code keys} are already recorded. */
    static Set<String> recordedKeys(Connection connection, List<String> keys) throws SQLException {
        Set<String> recorded = new HashSet<>();
        KeyLookup.find(connection, "SELECT idempotency_key FROM delivery_events WHERE idempotency_key IN", keys,
                row -> recorded.add(row.getString(1)));
        return recorded;
    }

    /**
     * Inserts {@code events} (none recorded yet, keys distinct) and counts a change on the series of each
     * deployment.
     *
     * @param seriesIds series id by {@link SeriesWalks#key}, for every deployment event
     */
    static void insert(Connection connection, List<PendingEvent> events, Map<String, Long> seriesIds, Instant now)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        long[] ids = insertEvents(connection, events, now);
        try (PreparedStatement attributes = connection.prepareStatement(
                     "INSERT INTO delivery_event_attributes (event_id, attr_name, attr_value) VALUES (?, ?, ?)");
             PreparedStatement deployments = connection.prepareStatement(DEPLOYMENT);
             PreparedStatement commits = connection.prepareStatement("INSERT INTO deployment_commits"
                     + " (deployment_id, commit_id, author_time, committer_time) VALUES (?, ?, ?, ?)");
             PreparedStatement issueKeys = connection.prepareStatement(
                     "INSERT INTO deployment_issues (deployment_id, issue_key) VALUES (?, ?)");
             PreparedStatement incidents = connection.prepareStatement("INSERT INTO incident_events (event_id,"
                     + " incident_id, application, environment, change_type, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            TreeSet<Long> changedSeries = new TreeSet<>();
            for (int i = 0; i < events.size(); i++) {
                PendingEvent pending = events.get(i);
                DeliveryEvent event = pending.event();
                for (Map.Entry<String, String> attribute : event.attributes().entrySet()) {
                    attributes.setLong(1, ids[i]);
                    attributes.setString(2, attribute.getKey());
                    attributes.setString(3, attribute.getValue());
                    attributes.addBatch();
                }
                if (EventRules.isDeployment(event)) {
                    long series = seriesIds.get(SeriesWalks.SeriesName.of(event).key());
                    changedSeries.add(series);
                    addDeployment(deployments, ids[i], event, series);
                    addCommits(commits, ids[i], pending.commits());
                    for (String key : pending.issueKeys()) {
                        issueKeys.setLong(1, ids[i]);
                        issueKeys.setString(2, key);
                        issueKeys.addBatch();
                    }
                } else if (EventRules.isIncident(event)) {
                    incidents.setLong(1, ids[i]);
                    incidents.setString(2, EventRules.incidentId(event));
                    incidents.setString(3, event.application());
                    incidents.setString(4, event.environment());
                    incidents.setString(5, event.type().name());
                    incidents.setObject(6, SqlValues.timestamp(event.occurredAt()));
                    incidents.addBatch();
                }
            }
            attributes.executeBatch();
            deployments.executeBatch();
            commits.executeBatch();
            issueKeys.executeBatch();
            incidents.executeBatch();
            countChanges(connection, changedSeries);
        }
    }

    private static long[] insertEvents(Connection connection, List<PendingEvent> events, Instant now) throws SQLException {
        long[] ids = new long[events.size()];
        try (PreparedStatement insert = connection.prepareStatement(EVENT, Statement.RETURN_GENERATED_KEYS)) {
            for (PendingEvent pending : events) {
                DeliveryEvent event = pending.event();
                insert.setString(1, event.idempotencyKey());
                insert.setString(2, event.type().name());
                insert.setString(3, event.project());
                insert.setString(4, event.application());
                insert.setString(5, event.environment());
                insert.setObject(6, SqlValues.timestamp(event.occurredAt()));
                insert.setString(7, event.version());
                insert.setString(8, event.commitId());
                insert.setString(9, event.buildUrl());
                insert.setObject(10, SqlValues.timestamp(now));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int i = 0; i < ids.length; i++) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    private static void addDeployment(PreparedStatement insert, long eventId, DeliveryEvent event, long series)
            throws SQLException {
        insert.setLong(1, eventId);
        insert.setString(2, event.application());
        insert.setString(3, event.environment());
        insert.setObject(4, SqlValues.timestamp(event.occurredAt()));
        insert.setString(5, EventRules.outcome(event).name());
        insert.setString(6, event.version());
        insert.setString(7, event.commitId());
        insert.setString(8, event.project());
        insert.setLong(9, series);
        insert.addBatch();
    }

    private static void addCommits(PreparedStatement insert, long deploymentId, List<LinkedCommit> commits)
            throws SQLException {
        for (LinkedCommit commit : commits) {
            insert.setLong(1, deploymentId);
            insert.setString(2, commit.id());
            insert.setObject(3, SqlValues.timestamp(commit.authorTime()));
            insert.setObject(4, SqlValues.timestamp(commit.committerTime()));
            insert.addBatch();
        }
    }

    /** In id order, so that concurrent recorders lock series rows in the same order. */
    private static void countChanges(Connection connection, TreeSet<Long> series) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE deployment_series SET changes = changes + 1 WHERE id = ?")) {
            for (long id : series) {
                update.setLong(1, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Series ids by key, creating the missing series (each in a transaction of its own: they are never removed). */
    static Map<String, Long> seriesIds(MetricsDatabase database, Set<SeriesWalks.SeriesName> names) {
        Map<String, Long> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        List<SeriesWalks.SeriesName> missing = new ArrayList<>(names);
        for (int attempt = 0; attempt < 2 && !missing.isEmpty(); attempt++) {
            ids.putAll(database.inTransaction(connection -> existingSeries(connection, names)));
            missing.removeIf(name -> ids.containsKey(name.key()));
            for (SeriesWalks.SeriesName name : missing) {
                database.inTransaction(connection -> createSeries(connection, name));
            }
        }
        return ids;
    }

    private static Map<String, Long> existingSeries(Connection connection, Set<SeriesWalks.SeriesName> names) throws SQLException {
        List<String> keys = names.stream().map(SeriesWalks.SeriesName::key).toList();
        Map<String, Long> ids = new HashMap<>();
        KeyLookup.find(connection, "SELECT series_key, id FROM deployment_series WHERE series_key IN", keys,
                row -> ids.put(row.getString(1), row.getLong(2)));
        return ids;
    }

    /** Creates a series unless another writer just did (a unique violation then: its row serves). */
    private static Void createSeries(Connection connection, SeriesWalks.SeriesName name) throws SQLException {
        String sql = "INSERT INTO deployment_series (series_key, project, application, environment, changes, walked)"
                + " VALUES (?, ?, ?, ?, 0, 0)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, name.key());
            insert.setString(2, name.project());
            insert.setString(3, name.application());
            insert.setString(4, name.environment());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!DeliveryRecorder.isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback();
        }
        return null;
    }
}
