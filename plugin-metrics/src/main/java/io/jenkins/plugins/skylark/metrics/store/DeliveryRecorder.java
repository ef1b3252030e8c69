package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Records delivery events, each exactly once. The raw event is always kept; a deployment event
 * ({@code DEPLOYED}, {@code DEPLOY_FAILED}, {@code ROLLED_BACK}) also becomes a deployment row with
 * its linked commits, an incident event an incident change. Rows are only ever added: which
 * deployment a rollback marks failed, and the open/resolved intervals of an incident, are worked
 * out when the history is read, so events may arrive in any order.
 *
 * <p>Idempotency: the event's idempotency key is unique in the database. A second event with a known
 * key (a replayed build, re-imported history, the same event from two threads at once) hits that
 * constraint, its transaction is rolled back, and {@link #record} answers {@code false}. The first
 * event with a key wins; a later one with different content is ignored.
 */
public final class DeliveryRecorder {

    /** Attribute naming the incident of an {@code INCIDENT_OPENED}/{@code INCIDENT_RESOLVED} event (required). */
    public static final String ATTRIBUTE_INCIDENT_ID = "incidentId";
    /** Attribute of an incident event: keys of the issues the incident links, comma-separated (rework rate). */
    public static final String ATTRIBUTE_LINKED_ISSUES = "linkedIssues";
    /** Attribute of an incident event: names of the versions that fix it, comma-separated (rework rate). */
    public static final String ATTRIBUTE_FIX_VERSIONS = "fixVersions";
    /** Attribute of a {@code DEPLOY_FAILED} event: {@code "false"} when no user was ever served the new version. */
    public static final String ATTRIBUTE_SERVED = "served";

    private static final String UNIQUE_VIOLATION = "23505";

    private final MetricsDatabase database;
    private final Clock clock;

    public DeliveryRecorder(MetricsDatabase database) {
        this(database, Clock.systemUTC());
    }

    DeliveryRecorder(MetricsDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Stores {@code event} with the commits it shipped (only for {@code DEPLOYED} and
     * {@code DEPLOY_FAILED}; empty or {@code null} otherwise).
     *
     * @return {@code true} if the event was new, {@code false} if its idempotency key was already recorded
     * @throws IllegalArgumentException naming the field when the event cannot be stored; nothing is written
     * @throws StoreException when the database fails
     */
    public boolean record(DeliveryEvent event, List<LinkedCommit> commits) {
        return record(event, commits, List.of());
    }

    /**
     * {@link #record(DeliveryEvent, List)} with the JIRA issue keys the commits' messages name (only for
     * {@code DEPLOYED} and {@code DEPLOY_FAILED}), kept for the rework rate.
     */
    public boolean record(DeliveryEvent event, List<LinkedCommit> commits, Collection<String> issueKeys) {
        List<LinkedCommit> distinct = distinctById(commits);
        List<String> keys = issueKeys == null ? List.of() : List.copyOf(new LinkedHashSet<>(issueKeys));
        EventRules.check(event, distinct, keys);
        return database.inDurableTransaction(connection -> insert(connection, event, distinct, keys));
    }

    private boolean insert(Connection connection, DeliveryEvent event, List<LinkedCommit> commits, List<String> keys)
            throws SQLException {
        OptionalLong eventId = insertEvent(connection, event);
        if (eventId.isEmpty()) {
            // PostgreSQL has aborted the transaction; start clean so the caller's commit is a no-op.
            connection.rollback();
            return false;
        }
        long id = eventId.getAsLong();
        insertAttributes(connection, id, event.attributes());
        if (EventRules.isDeployment(event)) {
            insertDeployment(connection, id, event);
            insertCommits(connection, id, commits);
            insertIssueKeys(connection, id, keys);
        } else if (EventRules.isIncident(event)) {
            insertIncidentChange(connection, id, event);
        }
        return true;
    }

    private OptionalLong insertEvent(Connection connection, DeliveryEvent event) throws SQLException {
        String sql = "INSERT INTO delivery_events (idempotency_key, event_type, project, application, environment,"
                + " occurred_at, version, commit_id, build_url, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, event.idempotencyKey());
            insert.setString(2, event.type().name());
            insert.setString(3, event.project());
            insert.setString(4, event.application());
            insert.setString(5, event.environment());
            insert.setObject(6, SqlValues.timestamp(event.occurredAt()));
            insert.setString(7, event.version());
            insert.setString(8, event.commitId());
            insert.setString(9, event.buildUrl());
            insert.setObject(10, SqlValues.timestamp(clock.instant()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return OptionalLong.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    private static void insertAttributes(Connection connection, long eventId, Map<String, String> attributes)
            throws SQLException {
        if (attributes.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO delivery_event_attributes (event_id, attr_name, attr_value) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                insert.setLong(1, eventId);
                insert.setString(2, attribute.getKey());
                insert.setString(3, attribute.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertDeployment(Connection connection, long eventId, DeliveryEvent event) throws SQLException {
        String sql = "INSERT INTO deployments (event_id, application, environment, deployed_at, outcome, version,"
                + " commit_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, eventId);
            insert.setString(2, event.application());
            insert.setString(3, event.environment());
            insert.setObject(4, SqlValues.timestamp(event.occurredAt()));
            insert.setString(5, EventRules.outcome(event).name());
            insert.setString(6, event.version());
            insert.setString(7, event.commitId());
            insert.executeUpdate();
        }
    }

    private static void insertCommits(Connection connection, long deploymentId, List<LinkedCommit> commits)
            throws SQLException {
        if (commits.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO deployment_commits (deployment_id, commit_id, author_time, committer_time)"
                + " VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (LinkedCommit commit : commits) {
                insert.setLong(1, deploymentId);
                insert.setString(2, commit.id());
                insert.setObject(3, SqlValues.timestamp(commit.authorTime()));
                insert.setObject(4, SqlValues.timestamp(commit.committerTime()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertIssueKeys(Connection connection, long deploymentId, List<String> keys)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO deployment_issues (deployment_id, issue_key) VALUES (?, ?)")) {
            for (String key : keys) {
                insert.setLong(1, deploymentId);
                insert.setString(2, key);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertIncidentChange(Connection connection, long eventId, DeliveryEvent event)
            throws SQLException {
        String sql = "INSERT INTO incident_events (event_id, incident_id, application, environment, change_type,"
                + " changed_at) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, eventId);
            insert.setString(2, EventRules.incidentId(event));
            insert.setString(3, event.application());
            insert.setString(4, event.environment());
            insert.setString(5, event.type().name());
            insert.setObject(6, SqlValues.timestamp(event.occurredAt()));
            insert.executeUpdate();
        }
    }

    private static List<LinkedCommit> distinctById(List<LinkedCommit> commits) {
        Map<String, LinkedCommit> byId = new LinkedHashMap<>();
        if (commits != null) {
            commits.forEach(commit -> byId.putIfAbsent(commit.id(), commit));
        }
        return List.copyOf(byId.values());
    }
}
