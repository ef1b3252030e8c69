package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.CheckResult;
import io.jenkins.plugins.skylark.metrics.dora.IncidentLinks;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reads behind the rework rate and the report's check lines: issue keys of deployments, what
 * incidents link to (their {@code linkedIssues} / {@code fixVersions} attributes, from every event of
 * the incident, so a resolution imported later with more links adds them), and quality gates and image
 * scans.
 */
final class HistoryLinks {

    private static final String LINKED_ISSUES = DeliveryRecorder.ATTRIBUTE_LINKED_ISSUES;
    private static final String FIX_VERSIONS = DeliveryRecorder.ATTRIBUTE_FIX_VERSIONS;

    // Each is followed by a ProjectFilter condition on the event's project, then its ORDER BY.
    private static final String ISSUE_KEYS = "SELECT i.deployment_id, i.issue_key FROM deployment_issues i"
            + " JOIN deployments d ON d.event_id = i.deployment_id JOIN delivery_events e ON e.id = d.event_id WHERE"
            + DeliveryStore.IN_SCOPE.replace("application", "d.application").replace("environment", "d.environment")
            + " AND d.deployed_at < ?";
    private static final String LINKS = "SELECT n.incident_id, n.application, n.environment, a.attr_name, a.attr_value,"
            + " n.changed_at"
            + " FROM incident_events n JOIN delivery_event_attributes a ON a.event_id = n.event_id"
            + " JOIN delivery_events e ON e.id = n.event_id"
            + " WHERE" + DeliveryStore.IN_SCOPE.replace("application", "n.application").replace("environment", "n.environment")
            + " AND n.changed_at < ? AND a.attr_name IN ('" + LINKED_ISSUES + "', '" + FIX_VERSIONS + "')";
    private static final String CHECKS = "SELECT e.id, e.event_type, e.application, e.occurred_at, e.version,"
            + " a.attr_name, a.attr_value FROM delivery_events e"
            + " LEFT JOIN delivery_event_attributes a ON a.event_id = e.id"
            + " WHERE e.event_type IN ('QUALITY_GATE', 'IMAGE_SCANNED') AND (? = '" + MetricsScope.ALL + "' OR e.application = ?)"
            + " AND e.occurred_at < ?";

    private HistoryLinks() {
    }

    /** Issue keys by deployment event id. */
    static Map<Long, List<String>> issueKeys(Connection connection, MetricsScope scope, ProjectFilter projects,
            Instant end) throws SQLException {
        Map<Long, List<String>> keys = new LinkedHashMap<>();
        String sql = ISSUE_KEYS + projects.and("e.project") + " ORDER BY i.deployment_id, i.issue_key";
        try (ResultSet row = DeliveryStore.query(connection, sql, scope, projects, end)) {
            while (row.next()) {
                keys.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
            }
        }
        return keys;
    }

    /** One link attribute of an incident event. */
    record LinkRow(String incidentId, String application, String environment, String name, String value,
            Instant changedAt) {
    }

    static List<IncidentLinks> incidentLinks(Connection connection, MetricsScope scope, ProjectFilter projects,
            Instant end) throws SQLException {
        return incidentLinks(linkRows(connection, scope, projects, end), end);
    }

    /** The link attributes of the incident events before {@code end}, in event order. */
    static List<LinkRow> linkRows(Connection connection, MetricsScope scope, ProjectFilter projects, Instant end)
            throws SQLException {
        List<LinkRow> rows = new ArrayList<>();
        String sql = LINKS + projects.and("e.project") + " ORDER BY n.event_id";
        try (ResultSet row = DeliveryStore.query(connection, sql, scope, projects, end)) {
            while (row.next()) {
                rows.add(new LinkRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), SqlValues.instant(row, "changed_at")));
            }
        }
        return rows;
    }

    /** What incidents link to, from the rows of events before {@code end}: one entry per incident. */
    static List<IncidentLinks> incidentLinks(List<LinkRow> rows, Instant end) {
        Map<List<String>, Map<String, TreeSet<String>>> byIncident = new LinkedHashMap<>();
        for (LinkRow row : rows) {
            if (row.changedAt().isBefore(end)) {
                byIncident.computeIfAbsent(List.of(row.application(), row.environment(), row.incidentId()),
                                key -> new TreeMap<>())
                        .computeIfAbsent(row.name(), name -> new TreeSet<>()).addAll(split(row.value()));
            }
        }
        List<IncidentLinks> links = new ArrayList<>();
        byIncident.forEach((key, attributes) -> links.add(new IncidentLinks(key.get(2), key.get(0), key.get(1),
                attributes.getOrDefault(LINKED_ISSUES, new TreeSet<>()),
                attributes.getOrDefault(FIX_VERSIONS, new TreeSet<>()))));
        return links;
    }

    /** Checks recorded before {@code end} and, unless {@code from} is {@code null}, at or after {@code from}. */
    static List<CheckResult> checks(Connection connection, MetricsScope scope, ProjectFilter projects, Instant from,
            Instant end) throws SQLException {
        Map<Long, CheckRow> byId = new LinkedHashMap<>();
        String sql = CHECKS + (from == null ? "" : " AND e.occurred_at >= ?") + projects.and("e.project") + " ORDER BY e.id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, scope.application());
            select.setString(2, scope.application());
            select.setObject(3, SqlValues.timestamp(end));
            int next = 4;
            if (from != null) {
                select.setObject(next++, SqlValues.timestamp(from));
            }
            projects.bind(select, next);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    CheckRow check = byId.computeIfAbsent(row.getLong("id"), id -> new CheckRow(new LinkedHashMap<>()));
                    if (check.kind == null) {
                        check.kind = CheckResult.Kind.valueOf(row.getString("event_type"));
                        check.application = row.getString("application");
                        check.at = SqlValues.instant(row, "occurred_at");
                        check.version = row.getString("version");
                    }
                    if (row.getString("attr_name") != null) {
                        check.attributes.put(row.getString("attr_name"), row.getString("attr_value"));
                    }
                }
            }
        }
        return byId.values().stream()
                .map(c -> new CheckResult(c.kind, c.application, c.at, c.version, c.attributes)).toList();
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** One check event while its attribute rows are collected. */
    private static final class CheckRow {
        private final Map<String, String> attributes;
        private CheckResult.Kind kind;
        private String application;
        private Instant at;
        private String version;

        CheckRow(Map<String, String> attributes) {
            this.attributes = attributes;
        }
    }
}
