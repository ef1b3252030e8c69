package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SQL of {@link DeliveryRecorder}: writes a batch of new events in the caller's transaction, the
 * events with one JDBC batch (for their generated ids), the rows hanging off them with multi-row inserts.
 */
final class EventBatchWriter {

    private static final String EVENT = "INSERT INTO delivery_events (idempotency_key, event_type, project, application,"
            + " environment, occurred_at, version, commit_id, build_url, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DEPLOYMENT = "INSERT INTO deployments (event_id, application, environment, deployed_at,"
            + " outcome, version, commit_id, project, series_id)";

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
        TreeSet<Long> changedSeries = new TreeSet<>();
        try (MultiRowInsert attributes = new MultiRowInsert(connection,
                     "INSERT INTO delivery_event_attributes (event_id, attr_name, attr_value)", 3);
             MultiRowInsert deployments = new MultiRowInsert(connection, DEPLOYMENT, 9);
             MultiRowInsert incidents = new MultiRowInsert(connection, "INSERT INTO incident_events (event_id,"
                     + " incident_id, application, environment, change_type, changed_at)", 6)) {
            for (int i = 0; i < events.size(); i++) {
                DeliveryEvent event = events.get(i).event();
                for (Map.Entry<String, String> attribute : event.attributes().entrySet()) {
                    attributes.add(ids[i], attribute.getKey(), attribute.getValue());
                }
                if (EventRules.isDeployment(event)) {
                    long series = seriesIds.get(SeriesWalks.SeriesName.of(event).key());
                    changedSeries.add(series);
                    deployments.add(ids[i], event.application(), event.environment(),
                            SqlValues.timestamp(event.occurredAt()), EventRules.outcome(event).name(), event.version(),
                            event.commitId(), event.project(), series);
                } else if (EventRules.isIncident(event)) {
                    incidents.add(ids[i], EventRules.incidentId(event), event.application(), event.environment(),
                            event.type().name(), SqlValues.timestamp(event.occurredAt()));
                }
            }
            attributes.flush();
            deployments.flush();
            incidents.flush();
        }
        insertDeploymentLinks(connection, events, ids);
        countChanges(connection, changedSeries);
    }

    /** After the deployments, which these rows reference. */
    private static void insertDeploymentLinks(Connection connection, List<PendingEvent> events, long[] ids)
            throws SQLException {
        try (MultiRowInsert commits = new MultiRowInsert(connection,
                     "INSERT INTO deployment_commits (deployment_id, commit_id, author_time, committer_time)", 4);
             MultiRowInsert issueKeys = new MultiRowInsert(connection,
                     "INSERT INTO deployment_issues (deployment_id, issue_key)", 2)) {
            for (int i = 0; i < events.size(); i++) {
                PendingEvent pending = events.get(i);
                if (!EventRules.isDeployment(pending.event())) {
                    continue;
                }
                for (LinkedCommit commit : pending.commits()) {
                    commits.add(ids[i], commit.id(), SqlValues.timestamp(commit.authorTime()),
                            SqlValues.timestamp(commit.committerTime()));
                }
                for (String key : pending.issueKeys()) {
                    issueKeys.add(ids[i], key);
                }
            }
            commits.flush();
            issueKeys.flush();
        }
    }

    private static long[] insertEvents(Connection connection, List<PendingEvent> events, Instant now) throws SQLException {
        long[] ids = new long[events.size()];
        OffsetDateTime recordedAt = SqlValues.timestamp(now);
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
                insert.setObject(10, recordedAt);
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
