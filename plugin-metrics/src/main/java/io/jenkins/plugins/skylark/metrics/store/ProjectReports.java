package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The delivery report of a viewer's projects, straight from the store: the figures are the
 * {@link DoraEngine}'s over the events of the scope's projects, plus the deployments behind them and
 * the selector's choices. Reports read the stored series walks ({@link SeriesWalks}, {@link TimelineReader}):
 * the rows of the period, not the whole history.
 */
public final class ProjectReports {

    private static final String LINKS = "SELECT e.project, d.event_id, d.application, d.environment, d.deployed_at,"
            + " d.outcome, d.version, e.build_url FROM deployments d JOIN delivery_events e ON e.id = d.event_id WHERE"
            + DeliveryStore.IN_SCOPE.replace("application", "d.application").replace("environment", "d.environment")
            + " AND d.deployed_at < ? AND d.deployed_at >= ?";
    private static final String COMMITS = "SELECT deployment_id, commit_id FROM deployment_commits WHERE deployment_id IN (";
    private static final String NAMES = "SELECT DISTINCT n.%1$s FROM (SELECT d.application, d.environment, d.event_id"
            + " FROM deployments d UNION ALL SELECT i.application, i.environment, i.event_id FROM incident_events i) n"
            + " JOIN delivery_events e ON e.id = n.event_id WHERE 1 = 1";

    private static final int COMMIT_CHUNK = 500;
    private static final int MAX_ATTEMPTS = 3;

    private final MetricsDatabase database;
    private final DoraEngine engine;

    public ProjectReports(MetricsDatabase database, DoraEngine engine) {
        this.database = database;
        this.engine = engine;
    }

    /**
     * The engine's report over the scope's events (history up to the period's end), from the stored series
     * walks: only the rows of the period are read. Series behind their recorded deployments are walked
     * again first.
     */
    public DoraReport report(ReportScope scope, ReportPeriod period) {
        return report(scope, period, List.of()).period();
    }

    /**
     * The report of {@code period} and those of its {@code parts} (each within the period, e.g. its
     * weeks), from one read of the period's rows: each is exactly what {@link #report(ReportScope,
     * ReportPeriod)} gives for it. The page's trend asks up to 26 weeks with its period.
     */
    public PeriodReports report(ReportScope scope, ReportPeriod period, List<ReportPeriod> parts) {
        for (int attempt = 1; ; attempt++) {
            List<SeriesWalks.SeriesRow> stale = new ArrayList<>();
            PeriodSnapshot snapshot = database.inTransaction(connection ->
                    PeriodSnapshot.read(connection, scope, period, parts, stale));
            if (snapshot != null) {
                return new PeriodReports(snapshot.report(engine, period),
                        parts.stream().map(part -> snapshot.report(engine, part)).toList());
            }
            if (attempt >= MAX_ATTEMPTS) {
                return new PeriodReports(straightforward(scope, period),
                        parts.stream().map(part -> straightforward(scope, part)).toList());
            }
            SeriesWalks.refresh(database, stale);
        }
    }

    /** The same report the plain way: the scope's whole history up to the period's end, given to the engine. */
    DoraReport straightforward(ReportScope scope, ReportPeriod period) {
        DeliveryHistory history = database.inTransaction(connection -> DeliveryStore.history(connection,
                scope.metricsScope(), ProjectFilter.of(scope), period.endInstant()));
        return engine.compute(history, scope.metricsScope(), period);
    }

    /**
     * The scope's deployment records (served, failed, never served and rollbacks) in the period, newest
     * first, at most {@code limit}.
     */
    public List<DeploymentLink> deployments(ReportScope scope, ReportPeriod period, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return database.inTransaction(connection -> {
            ProjectFilter projects = ProjectFilter.of(scope);
            Map<Long, DeploymentLink> links = new LinkedHashMap<>();
            String sql = LINKS + projects.and("e.project") + " ORDER BY d.deployed_at DESC, d.event_id DESC";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                MetricsScope metrics = scope.metricsScope();
                select.setString(1, metrics.application());
                select.setString(2, metrics.application());
                select.setString(3, metrics.environment());
                select.setString(4, metrics.environment());
                select.setObject(5, SqlValues.timestamp(period.endInstant()));
                select.setObject(6, SqlValues.timestamp(period.startInstant()));
                projects.bind(select, 7);
                select.setMaxRows(limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        links.put(row.getLong("event_id"), new DeploymentLink(row.getString("project"),
                                row.getString("application"), row.getString("environment"),
                                SqlValues.instant(row, "deployed_at"), DeploymentOutcome.valueOf(row.getString("outcome")),
                                row.getString("version"), row.getString("build_url"), List.of()));
                    }
                }
            }
            Map<Long, List<String>> commits = commitIds(connection, links.keySet().stream().toList());
            return links.entrySet().stream().map(e -> withCommits(e.getValue(), commits.get(e.getKey()))).toList();
        });
    }

    /** Applications and environments with deployments or incidents in the scope's projects (its application and environment are not applied). */
    public ScopeOptions options(ReportScope scope) {
        return database.inTransaction(connection ->
                new ScopeOptions(names(connection, "application", scope), names(connection, "environment", scope)));
    }

    private static List<String> names(Connection connection, String column, ReportScope scope) throws SQLException {
        ProjectFilter projects = ProjectFilter.of(scope);
        TreeSet<String> names = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(String.format(NAMES, column) + projects.and("e.project"))) {
            projects.bind(select, 1);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString(1));
                }
            }
        }
        return List.copyOf(names);
    }

    /** Commit ids by deployment, asked in chunks so that a large limit stays within the drivers' parameter limits. */
    private static Map<Long, List<String>> commitIds(Connection connection, List<Long> deploymentIds) throws SQLException {
        Map<Long, List<String>> commits = new LinkedHashMap<>();
        for (int from = 0; from < deploymentIds.size(); from += COMMIT_CHUNK) {
            List<Long> chunk = deploymentIds.subList(from, Math.min(deploymentIds.size(), from + COMMIT_CHUNK));
            String sql = COMMITS + "?, ".repeat(chunk.size() - 1) + "?) ORDER BY deployment_id, committer_time, commit_id";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        commits.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                    }
                }
            }
        }
        return commits;
    }

    private static DeploymentLink withCommits(DeploymentLink link, List<String> commitIds) {
        return new DeploymentLink(link.project(), link.application(), link.environment(), link.at(), link.outcome(),
                link.version(), link.buildUrl(), commitIds == null ? List.of() : commitIds);
    }
}
