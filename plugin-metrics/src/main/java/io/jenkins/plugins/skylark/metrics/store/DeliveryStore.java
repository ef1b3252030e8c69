package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what {@link DeliveryRecorder} stored, per application and environment.
 *
 * <p>{@link #history} also returns the issue keys of deployments, the links of incidents and the
 * quality gates and image scans ({@link HistoryLinks}).
 *
 * <p>{@link #history} returns everything recorded <em>before</em> the end of the reported period,
 * not only the period: the engine needs the earlier deployments to know which deployment is the
 * first, which one a rollback marks failed and whether a commit had already reached the
 * environment (see {@link DeliveryHistory}); it cuts the period itself.
 */
public final class DeliveryStore {

    /** Matches one application (environment) or, given {@link MetricsScope#ALL}, every one. */
    static final String IN_SCOPE = " (? = '" + MetricsScope.ALL + "' OR application = ?)"
            + " AND (? = '" + MetricsScope.ALL + "' OR environment = ?)";
    /** Deployments with their commits; {@link ProjectFilter#and} on the event's project is appended. */
    private static final String DEPLOYMENTS = "SELECT e.idempotency_key, d.event_id, d.application, d.environment,"
            + " d.deployed_at, d.outcome, d.version, c.commit_id, c.author_time, c.committer_time"
            + " FROM deployments d JOIN delivery_events e ON e.id = d.event_id"
            + " LEFT JOIN deployment_commits c ON c.deployment_id = d.event_id"
            + " WHERE" + IN_SCOPE.replace("application", "d.application").replace("environment", "d.environment")
            + " AND d.deployed_at < ?";
    private static final String DEPLOYMENTS_ORDER = " ORDER BY d.deployed_at, d.event_id, c.committer_time, c.commit_id";
    private static final String INCIDENT_CHANGES = "SELECT n.incident_id, n.application, n.environment, n.change_type,"
            + " n.changed_at FROM incident_events n JOIN delivery_events e ON e.id = n.event_id WHERE"
            + IN_SCOPE.replace("application", "n.application").replace("environment", "n.environment")
            + " AND n.changed_at < ?";
    /** A series' deployments; of one project when given (events recorded without a project match any). */
    private static final String TIMELINE = "SELECT d.outcome, d.commit_id, d.deployed_at FROM deployments d"
            + " JOIN delivery_events e ON e.id = d.event_id WHERE"
            + IN_SCOPE.replace("application", "d.application").replace("environment", "d.environment")
            + " AND d.deployed_at < ? AND (CAST(? AS VARCHAR(255)) IS NULL OR e.project IS NULL OR e.project = ?)"
            + " ORDER BY d.deployed_at, d.event_id";

    private final MetricsDatabase database;

    public DeliveryStore(MetricsDatabase database) {
        this.database = database;
    }

    /**
     * Deployments (with their commits, oldest first) and incident intervals of the scope's
     * applications and environments ({@code *} for all) recorded with a time before {@code end}. An
     * incident resolved at or after {@code end} is returned open, as it was then.
     */
    public DeliveryHistory history(MetricsScope scope, Instant end) {
        return database.inTransaction(connection -> history(connection, scope, ProjectFilter.ANY, end));
    }

    /** {@link #history(MetricsScope, Instant)} of the events whose project passes {@code projects}. */
    static DeliveryHistory history(Connection connection, MetricsScope scope, ProjectFilter projects, Instant end)
            throws SQLException {
        return new DeliveryHistory(deployments(connection, scope, projects, end),
                incidents(connection, scope, projects, end), HistoryLinks.incidentLinks(connection, scope, projects, end),
                HistoryLinks.checks(connection, scope, projects, null, end));
    }

    /** {@link #history(MetricsScope, Instant)} of one application in one environment. */
    public DeliveryHistory history(String application, String environment, Instant end) {
        return history(new MetricsScope(application, environment), end);
    }

    /**
     * The last successful deployment before {@code before} that names a commit, for linking the
     * commits of the next one; empty for the first deployment. See {@link LastSuccessfulDeployment}.
     *
     * @param project the project whose deployments count, or {@code null} for any (series are keyed by
     *     application and environment; two projects may use the same ids)
     */
    public Optional<PreviousDeploymentInfo> previousSuccessfulDeployment(String project, String application,
            String environment, Instant before) {
        return database.inTransaction(connection -> {
            List<LastSuccessfulDeployment.Entry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(TIMELINE)) {
                bindScope(select, new MetricsScope(application, environment), before);
                select.setString(6, project);
                select.setString(7, project);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        entries.add(new LastSuccessfulDeployment.Entry(
                                DeploymentOutcome.valueOf(row.getString("outcome")), row.getString("commit_id"),
                                SqlValues.instant(row, "deployed_at")));
                    }
                }
            }
            return LastSuccessfulDeployment.find(entries);
        });
    }

    static List<Deployment> deployments(Connection connection, MetricsScope scope, ProjectFilter projects,
            Instant end) throws SQLException {
        Map<Long, List<String>> issueKeys = HistoryLinks.issueKeys(connection, scope, projects, end);
        Map<Long, DeploymentRow> byId = new LinkedHashMap<>();
        try (ResultSet row = query(connection, DEPLOYMENTS + projects.and("e.project") + DEPLOYMENTS_ORDER,
                scope, projects, end)) {
            while (row.next()) {
                DeploymentRow deployment = byId.get(row.getLong("event_id"));
                if (deployment == null) {
                    deployment = new DeploymentRow(row.getString("idempotency_key"), row.getString("application"),
                            row.getString("environment"), SqlValues.instant(row, "deployed_at"),
                            DeploymentOutcome.valueOf(row.getString("outcome")), row.getString("version"),
                            new ArrayList<>(), issueKeys.getOrDefault(row.getLong("event_id"), List.of()));
                    byId.put(row.getLong("event_id"), deployment);
                }
                String commitId = row.getString("commit_id");
                if (commitId != null) {
                    deployment.commits().add(new LinkedCommit(commitId, SqlValues.instant(row, "author_time"),
                            SqlValues.instant(row, "committer_time")));
                }
            }
        }
        return byId.values().stream().map(DeploymentRow::toDeployment).toList();
    }

    /** A deployment while its commit rows are being collected. */
    private record DeploymentRow(String key, String application, String environment, Instant at,
            DeploymentOutcome outcome, String version, List<LinkedCommit> commits, List<String> issueKeys) {

        Deployment toDeployment() {
            return new Deployment(key, application, environment, at, outcome, version, commits, issueKeys);
        }
    }

    static List<Incident> incidents(Connection connection, MetricsScope scope, ProjectFilter projects,
            Instant end) throws SQLException {
        return incidents(incidentChanges(connection, scope, projects, end), end);
    }

    /**
     * The openings and resolutions recorded before {@code end}, in time order, keyed by application,
     * environment and incident id (one incident may hit several series).
     */
    static Map<List<String>, List<IncidentChange>> incidentChanges(Connection connection, MetricsScope scope,
            ProjectFilter projects, Instant end) throws SQLException {
        Map<List<String>, List<IncidentChange>> changes = new LinkedHashMap<>();
        String sql = INCIDENT_CHANGES + projects.and("e.project") + " ORDER BY n.changed_at, n.event_id";
        try (ResultSet row = query(connection, sql, scope, projects, end)) {
            while (row.next()) {
                String id = row.getString("incident_id");
                boolean opened = "INCIDENT_OPENED".equals(row.getString("change_type"));
                changes.computeIfAbsent(List.of(row.getString("application"), row.getString("environment"), id),
                        ignored -> new ArrayList<>()).add(new IncidentChange(id, opened, SqlValues.instant(row, "changed_at")));
            }
        }
        return changes;
    }

    /**
     * The intervals of {@code changes} as they were at {@code end}: only the changes before it count, so an
     * incident resolved at or after {@code end} is open.
     */
    static List<Incident> incidents(Map<List<String>, List<IncidentChange>> changes, Instant end) {
        List<Incident> incidents = new ArrayList<>();
        changes.forEach((key, list) -> {
            List<IncidentChange> before = list.stream().filter(c -> c.at().isBefore(end)).toList();
            if (!before.isEmpty()) {
                incidents.addAll(IncidentIntervals.fold(key.get(0), key.get(1), key.get(2), before));
            }
        });
        return incidents;
    }

    /** Runs {@code sql}: {@link #IN_SCOPE}, the end time, then the project filter's parameters. */
    static ResultSet query(Connection connection, String sql, MetricsScope scope, ProjectFilter projects, Instant end)
            throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        bindScope(select, scope, end);
        projects.bind(select, 6);
        // Closing the result set does not close the statement on every driver: tie them together.
        select.closeOnCompletion();
        return select.executeQuery();
    }

    /** Binds {@link #IN_SCOPE} and the end time that follows it (parameters 1–5). */
    private static void bindScope(PreparedStatement select, MetricsScope scope, Instant end) throws SQLException {
        select.setString(1, scope.application());
        select.setString(2, scope.application());
        select.setString(3, scope.environment());
        select.setString(4, scope.environment());
        select.setObject(5, SqlValues.timestamp(end));
    }
}
