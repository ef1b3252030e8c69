package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
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
 * <p>{@link #history} returns everything recorded <em>before</em> the end of the reported period,
 * not only the period: the engine needs the earlier deployments to know which deployment is the
 * first, which one a rollback marks failed and whether a commit had already reached the
 * environment (see {@link DeliveryHistory}); it cuts the period itself.
 */
public final class DeliveryStore {

    private static final String DEPLOYMENTS = "SELECT e.idempotency_key, d.event_id, d.deployed_at, d.outcome,"
            + " d.version, c.commit_id, c.author_time, c.committer_time"
            + " FROM deployments d JOIN delivery_events e ON e.id = d.event_id"
            + " LEFT JOIN deployment_commits c ON c.deployment_id = d.event_id"
            + " WHERE d.application = ? AND d.environment = ? AND d.deployed_at < ?"
            + " ORDER BY d.deployed_at, d.event_id, c.committer_time, c.commit_id";
    private static final String INCIDENT_CHANGES = "SELECT incident_id, change_type, changed_at FROM incident_events"
            + " WHERE application = ? AND environment = ? AND changed_at < ? ORDER BY changed_at, event_id";
    private static final String TIMELINE = "SELECT outcome, commit_id, deployed_at FROM deployments"
            + " WHERE application = ? AND environment = ? AND deployed_at < ? ORDER BY deployed_at, event_id";

    private final MetricsDatabase database;

    public DeliveryStore(MetricsDatabase database) {
        this.database = database;
    }

    /**
     * Deployments (with their commits, oldest first) and incident intervals of {@code application} in
     * {@code environment} recorded with a time before {@code end}. An incident resolved at or after
     * {@code end} is returned open, as it was then.
     */
    public DeliveryHistory history(String application, String environment, Instant end) {
        return database.inTransaction(connection -> new DeliveryHistory(
                deployments(connection, application, environment, end),
                incidents(connection, application, environment, end)));
    }

    /**
     * The last successful deployment before {@code before} that names a commit, for linking the
     * commits of the next one; empty for the first deployment. See {@link LastSuccessfulDeployment}.
     */
    public Optional<PreviousDeployment> previousSuccessfulDeployment(String application, String environment,
            Instant before) {
        return database.inTransaction(connection -> {
            List<LastSuccessfulDeployment.Entry> entries = new ArrayList<>();
            try (ResultSet row = query(connection, TIMELINE, application, environment, before)) {
                while (row.next()) {
                    entries.add(new LastSuccessfulDeployment.Entry(DeploymentOutcome.valueOf(row.getString("outcome")),
                            row.getString("commit_id"), SqlValues.instant(row, "deployed_at")));
                }
            }
            return LastSuccessfulDeployment.find(entries);
        });
    }

    private static List<Deployment> deployments(Connection connection, String application, String environment,
            Instant end) throws SQLException {
        Map<Long, DeploymentRow> byId = new LinkedHashMap<>();
        try (ResultSet row = query(connection, DEPLOYMENTS, application, environment, end)) {
            while (row.next()) {
                DeploymentRow deployment = byId.get(row.getLong("event_id"));
                if (deployment == null) {
                    deployment = new DeploymentRow(row.getString("idempotency_key"), SqlValues.instant(row, "deployed_at"),
                            DeploymentOutcome.valueOf(row.getString("outcome")), row.getString("version"),
                            new ArrayList<>());
                    byId.put(row.getLong("event_id"), deployment);
                }
                String commitId = row.getString("commit_id");
                if (commitId != null) {
                    deployment.commits().add(new LinkedCommit(commitId, SqlValues.instant(row, "author_time"),
                            SqlValues.instant(row, "committer_time")));
                }
            }
        }
        return byId.values().stream().map(row -> row.toDeployment(application, environment)).toList();
    }

    /** A deployment while its commit rows are being collected. */
    private record DeploymentRow(String key, Instant at, DeploymentOutcome outcome, String version,
            List<LinkedCommit> commits) {

        Deployment toDeployment(String application, String environment) {
            return new Deployment(key, application, environment, at, outcome, version, commits);
        }
    }

    private static List<Incident> incidents(Connection connection, String application, String environment,
            Instant end) throws SQLException {
        Map<String, List<IncidentChange>> changes = new LinkedHashMap<>();
        try (ResultSet row = query(connection, INCIDENT_CHANGES, application, environment, end)) {
            while (row.next()) {
                String id = row.getString("incident_id");
                boolean opened = "INCIDENT_OPENED".equals(row.getString("change_type"));
                changes.computeIfAbsent(id, ignored -> new ArrayList<>())
                        .add(new IncidentChange(id, opened, SqlValues.instant(row, "changed_at")));
            }
        }
        List<Incident> incidents = new ArrayList<>();
        changes.forEach((id, list) -> incidents.addAll(IncidentIntervals.fold(application, environment, id, list)));
        return incidents;
    }

    private static ResultSet query(Connection connection, String sql, String application, String environment,
            Instant end) throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        select.setString(1, application);
        select.setString(2, environment);
        select.setObject(3, SqlValues.timestamp(end));
        // Closing the result set does not close the statement on every driver: tie them together.
        select.closeOnCompletion();
        return select.executeQuery();
    }
}
