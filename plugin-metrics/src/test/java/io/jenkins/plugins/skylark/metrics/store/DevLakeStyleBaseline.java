package io.jenkins.plugins.skylark.metrics.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The peer of the metrics benchmark: the straightforward SQL a DevLake-style tool runs on raw deployment and
 * commit tables, one query per dashboard panel (DevLake's DORA dashboard: four figures plus their trends),
 * each joining and aggregating the project's rows on the database (PostgreSQL). Same database, same indexes
 * (including V3's project index on deployments); no precomputed walk. A deployment is failed when it failed
 * or its series' next record (never-served attempts left out) is a rollback (a window function); lead time
 * is per commit, from its first successful deployment; recovery runs from a failure to the next success or
 * rollback.
 */
final class DevLakeStyleBaseline {

    private static final String SERVED = "d.outcome IN ('SUCCEEDED', 'FAILED')";
    /** Each record with the next one of its series (never-served attempts left out): a rollback next marks it failed. */
    private static final String WALK = "WITH walk AS (SELECT d.deployed_at, d.outcome, LEAD(d.outcome) OVER (PARTITION BY"
            + " d.application ORDER BY d.deployed_at, d.event_id) AS next_outcome FROM deployments d WHERE d.project = ?"
            + " AND d.environment = ? AND d.outcome <> 'NOT_SERVED') ";
    private static final String FAILED = "(outcome = 'FAILED' OR next_outcome = 'ROLLED_BACK')";
    private static final String FIRST_SHIPPED = "WITH first_ship AS (SELECT d.application, c.commit_id,"
            + " min(d.deployed_at) AS shipped_at, min(c.committer_time) AS committed_at FROM deployment_commits c"
            + " JOIN deployments d ON d.event_id = c.deployment_id WHERE d.project = ? AND d.environment = ?"
            + " AND d.outcome = 'SUCCEEDED' GROUP BY d.application, c.commit_id) ";

    /** One query per panel; parameters: project, environment, start, end in this order. */
    private static final List<String> PANELS = List.of(
            // 1. Deployment frequency, per week
            "SELECT date_trunc('week', d.deployed_at) AS week, count(*) FROM deployments d WHERE d.project = ?"
                    + " AND d.environment = ? AND " + SERVED + " AND d.deployed_at >= ? AND d.deployed_at < ? GROUP BY 1",
            // 2. Median and p90 lead time for changes
            FIRST_SHIPPED + "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM shipped_at"
                    + " - committed_at)), percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM shipped_at"
                    + " - committed_at)) FROM first_ship WHERE shipped_at >= ? AND shipped_at < ?",
            // 3. Lead time distribution
            FIRST_SHIPPED + "SELECT CASE WHEN shipped_at - committed_at < interval '1 hour' THEN 0 WHEN shipped_at"
                    + " - committed_at < interval '1 day' THEN 1 WHEN shipped_at - committed_at < interval '7 days' THEN 2"
                    + " WHEN shipped_at - committed_at < interval '30 days' THEN 3 WHEN shipped_at - committed_at"
                    + " < interval '182 days' THEN 4 ELSE 5 END, count(*) FROM first_ship WHERE shipped_at >= ?"
                    + " AND shipped_at < ? GROUP BY 1",
            // 4. Change failure rate
            WALK + "SELECT count(*) FILTER (WHERE " + FAILED + ")::float / nullif(count(*), 0) FROM walk"
                    + " WHERE outcome IN ('SUCCEEDED', 'FAILED') AND deployed_at >= ? AND deployed_at < ?",
            // 5. Failed deployment recovery time
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM rec.at - d.deployed_at)) FROM deployments d"
                    + " CROSS JOIN LATERAL (SELECT min(n.deployed_at) AS at FROM deployments n WHERE n.project = d.project"
                    + " AND n.application = d.application AND n.environment = d.environment"
                    + " AND n.outcome IN ('SUCCEEDED', 'ROLLED_BACK') AND n.deployed_at > d.deployed_at) rec"
                    + " WHERE d.project = ? AND d.environment = ? AND d.outcome = 'FAILED' AND rec.at >= ? AND rec.at < ?",
            // 6. Incident time to restore
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved - opened)) FROM (SELECT"
                    + " n.incident_id, min(n.changed_at) FILTER (WHERE n.change_type = 'INCIDENT_OPENED') AS opened,"
                    + " max(n.changed_at) FILTER (WHERE n.change_type = 'INCIDENT_RESOLVED') AS resolved FROM incident_events n"
                    + " JOIN delivery_events e ON e.id = n.event_id WHERE e.project = ? AND n.environment = ?"
                    + " GROUP BY n.incident_id) i WHERE resolved >= ? AND resolved < ?",
            // 7. Lead time trend, per month
            FIRST_SHIPPED + "SELECT date_trunc('month', shipped_at), percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                    + " extract(epoch FROM shipped_at - committed_at)) FROM first_ship WHERE shipped_at >= ? AND shipped_at < ?"
                    + " GROUP BY 1",
            // 8. Change failure rate trend, per week
            WALK + "SELECT date_trunc('week', deployed_at), count(*), count(*) FILTER (WHERE " + FAILED + ") FROM walk"
                    + " WHERE outcome IN ('SUCCEEDED', 'FAILED') AND deployed_at >= ? AND deployed_at < ? GROUP BY 1");

    private DevLakeStyleBaseline() {
    }

    static int panels() {
        return PANELS.size();
    }

    /** Runs every panel's query; returns the number of result rows (all read, as a dashboard does). */
    static int run(Connection connection, String project, String environment, Instant start, Instant end)
            throws SQLException {
        int rows = 0;
        for (String sql : PANELS) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, project);
                select.setString(2, environment);
                select.setObject(3, SqlValues.timestamp(start));
                select.setObject(4, SqlValues.timestamp(end));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
