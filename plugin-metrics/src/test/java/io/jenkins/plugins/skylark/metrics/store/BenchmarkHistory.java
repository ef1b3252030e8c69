package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a company-size history straight into the tables (PostgreSQL {@code COPY}, H2 JDBC batches),
 * as the recorder would have left it: events, deployments, commit links, series and their walks
 * (computed by {@link DoraEngine#walk}, as {@link SeriesWalks} does). {@code projects} projects with 5
 * applications in production and staging, deployments spread over 2023–2025 (85 % succeeded, 7 %
 * failed, 3 % never served, 5 % rollbacks), commit links spread over the non-rollback deployments.
 */
final class BenchmarkHistory {

    static final Instant FROM = Instant.parse("2023-01-01T00:00:00Z");
    static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;
    static final List<String> ENVIRONMENTS = List.of("production", "staging");
    static final int APPLICATIONS = 5;
    private static final DateTimeFormatter COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSXXX");

    private final int deployments;
    private final long commitLinks;
    private final int projects;
    private final TableSink sink;
    private final Random random = new Random(42);
    private long nextEventId = 1;
    private long linksWritten;
    private long eligibleSeen;

    BenchmarkHistory(int deployments, long commitLinks, int projects, TableSink sink) {
        this.deployments = deployments;
        this.commitLinks = commitLinks;
        this.projects = projects;
        this.sink = sink;
    }

    static String project(int index) {
        return String.format("p%02d", index);
    }

    /** Writes everything; returns the number of commit links written. */
    long write() throws SQLException {
        int series = projects * APPLICATIONS * ENVIRONMENTS.size();
        long eligible = Math.round(deployments * 0.95);
        long seriesId = 1;
        for (int p = 0; p < projects; p++) {
            for (int a = 0; a < APPLICATIONS; a++) {
                for (String environment : ENVIRONMENTS) {
                    int count = deployments / series + (seriesId <= deployments % series ? 1 : 0);
                    writeSeries(seriesId++, project(p), "app" + a, environment, count, eligible);
                }
            }
        }
        sink.finish(nextEventId, seriesId);
        return linksWritten;
    }

    private void writeSeries(long seriesId, String project, String application, String environment, int count,
            long eligible) throws SQLException {
        sink.row("deployment_series", seriesId, new SeriesWalks.SeriesName(project, application, environment).key(),
                project, application, environment, 1L, 1L);
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = random.nextLong(SPAN_SECONDS * 1_000_000L);
        }
        Arrays.sort(times);
        List<Deployment> walked = new ArrayList<>(count);
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < count; i++) {
            long id = nextEventId++;
            Instant at = FROM.plusNanos(times[i] * 1000);
            int kind = random.nextInt(100);
            DeploymentOutcome outcome = kind < 85 ? DeploymentOutcome.SUCCEEDED : kind < 92 ? DeploymentOutcome.FAILED
                    : kind < 95 ? DeploymentOutcome.NOT_SERVED : DeploymentOutcome.ROLLED_BACK;
            String key = "bench-" + id;
            String type = switch (outcome) {
                case SUCCEEDED -> "DEPLOYED";
                case ROLLED_BACK -> "ROLLED_BACK";
                default -> "DEPLOY_FAILED";
            };
            String version = "registry/" + application + ":1." + id;
            sink.row("delivery_events", id, key, type, project, application, environment, at, version, "c" + id,
                    "https://jenkins/job/" + project + "/job/" + application + "/" + id + "/", at);
            List<LinkedCommit> commits = new ArrayList<>();
            if (outcome != DeploymentOutcome.ROLLED_BACK) {
                eligibleSeen++;
                long target = Math.min(commitLinks, commitLinks * eligibleSeen / eligible);
                for (int c = 0; linksWritten < target; c++) {
                    Instant committed = at.minusSeconds(60 + random.nextInt(14 * 24 * 3600));
                    commits.add(new LinkedCommit("%040x".formatted(id * 16 + c), committed, committed));
                    linksWritten++;
                }
            }
            walked.add(new Deployment(key, application, environment, at, outcome, version, commits));
            ids.put(key, id);
        }
        SeriesTimeline timeline = DoraEngine.walk(application, environment, walked);
        for (SeriesTimeline.TimedDeployment timed : timeline.deployments()) {
            Deployment d = timed.deployment();
            long id = ids.get(d.idempotencyKey());
            sink.row("deployments", id, application, environment, d.at(), d.outcome().name(), d.version(), "c" + id,
                    project, seriesId, timed.failedAt());
            for (LinkedCommit commit : d.commits()) {
                sink.row("deployment_commits", id, commit.id(), commit.authorTime(), commit.committerTime());
            }
        }
        for (SeriesTimeline.LeadTime lead : timeline.leadTimes()) {
            sink.row("series_lead_times", seriesId, lead.deployedAt(), SeriesWalks.micros(lead.duration()));
        }
        for (SeriesTimeline.FailureEpisode episode : timeline.episodes()) {
            sink.row("series_episodes", seriesId, episode.knownAt(), episode.startedAt(), episode.endedAt());
        }
        int seq = 0;
        for (SeriesTimeline.TimedIssue issue : timeline.issues()) {
            sink.row("series_issues", seriesId, seq++, issue.at(), issue.issue().kind().name(), issue.issue().subject());
        }
    }

    /** Where rows go. */
    interface TableSink {
        void row(String table, Object... values) throws SQLException;

        /** Flushes and resets the id sequences after explicit ids. */
        void finish(long nextEventId, long nextSeriesId) throws SQLException;
    }

    static final Map<String, String> COLUMNS = Map.of(
            "delivery_events", "id, idempotency_key, event_type, project, application, environment, occurred_at, version,"
                    + " commit_id, build_url, recorded_at",
            "deployments", "event_id, application, environment, deployed_at, outcome, version, commit_id, project,"
                    + " series_id, failed_at",
            "deployment_commits", "deployment_id, commit_id, author_time, committer_time",
            "deployment_series", "id, series_key, project, application, environment, changes, walked",
            "series_lead_times", "series_id, deployed_at, lead_micros",
            "series_episodes", "series_id, known_at, started_at, ended_at",
            "series_issues", "series_id, seq, issue_at, kind, subject");
    /** Parents first, so that foreign keys hold when each table is flushed in this order. */
    static final List<String> ORDER = List.of("delivery_events", "deployments", "deployment_commits", "deployment_series",
            "series_lead_times", "series_episodes", "series_issues");

    /** PostgreSQL: COPY in text format, a table's buffer sent when it is large. */
    static final class CopySink implements TableSink {
        private final Connection connection;
        private final org.postgresql.copy.CopyManager copy;
        private final Map<String, StringBuilder> buffers = new HashMap<>();

        private final List<String> rebuild = new ArrayList<>();

        /**
         * Bulk-load settings: foreign-key triggers off for this session (the rows are consistent by
         * construction), secondary indexes and unique constraints dropped now and built once at the end.
         */
        CopySink(Connection connection) throws SQLException {
            this.connection = connection;
            this.copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            ORDER.forEach(table -> buffers.put(table, new StringBuilder()));
            try (Statement sql = connection.createStatement()) {
                sql.execute("SET session_replication_role = replica");
                sql.execute("SET maintenance_work_mem = '256MB'");
                List<String> drops = new ArrayList<>();
                try (var row = sql.executeQuery("SELECT conrelid::regclass, conname, pg_get_constraintdef(oid)"
                        + " FROM pg_constraint WHERE contype = 'u' AND connamespace = 'public'::regnamespace")) {
                    while (row.next()) {
                        drops.add("ALTER TABLE " + row.getString(1) + " DROP CONSTRAINT " + row.getString(2));
                        rebuild.add("ALTER TABLE " + row.getString(1) + " ADD CONSTRAINT " + row.getString(2) + " "
                                + row.getString(3));
                    }
                }
                try (var row = sql.executeQuery(
                        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'ix_%'")) {
                    while (row.next()) {
                        drops.add("DROP INDEX " + row.getString(1));
                        rebuild.add(row.getString(2));
                    }
                }
                for (String drop : drops) {
                    sql.execute(drop);
                }
            }
        }

        @Override
        public void row(String table, Object... values) throws SQLException {
            StringBuilder buffer = buffers.get(table);
            for (int i = 0; i < values.length; i++) {
                buffer.append(i == 0 ? "" : "\t").append(text(values[i]));
            }
            buffer.append('\n');
            if (table.equals("delivery_events") && buffer.length() > 8_000_000) {
                flush(); // parents with their children, so that the children's foreign keys hold
            }
        }

        private static String text(Object value) {
            if (value == null) {
                return "\\N";
            }
            if (value instanceof Instant instant) {
                return COPY_TIME.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            }
            return value.toString().replace("\n", "\\n");
        }

        private void flush() throws SQLException {
            for (String table : ORDER) {
                StringBuilder buffer = buffers.get(table);
                if (buffer.length() > 0) {
                    send(table, buffer);
                }
            }
        }

        private void send(String table, StringBuilder buffer) throws SQLException {
            try {
                copy.copyIn("COPY " + table + " (" + COLUMNS.get(table) + ") FROM STDIN",
                        new java.io.StringReader(buffer.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buffer.setLength(0);
        }

        @Override
        public void finish(long nextEventId, long nextSeriesId) throws SQLException {
            flush();
            try (Statement sql = connection.createStatement()) {
                for (String statement : rebuild) {
                    sql.execute(statement);
                }
                sql.execute("SET session_replication_role = DEFAULT");
                sql.execute("SELECT setval(pg_get_serial_sequence('delivery_events', 'id'), " + nextEventId + ")");
                sql.execute("SELECT setval(pg_get_serial_sequence('deployment_series', 'id'), " + nextSeriesId + ")");
                sql.execute("ANALYZE");
            }
        }
    }

    /** H2 (or any database): JDBC batches of 10 000 rows per table, in parent order. */
    static final class BatchSink implements TableSink {
        private final Connection connection;
        private final Map<String, List<Object[]>> pending = new HashMap<>();

        BatchSink(Connection connection) {
            this.connection = connection;
            ORDER.forEach(table -> pending.put(table, new ArrayList<>()));
        }

        @Override
        public void row(String table, Object... values) throws SQLException {
            pending.get(table).add(values);
            if (table.equals("delivery_events") && pending.get(table).size() >= 10_000) {
                flush();
            }
        }

        private void flush() throws SQLException {
            for (String table : ORDER) {
                List<Object[]> rows = pending.get(table);
                if (rows.isEmpty()) {
                    continue;
                }
                String columns = COLUMNS.get(table);
                String marks = "?, ".repeat(columns.split(",").length - 1) + "?";
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
                    for (Object[] row : rows) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i] instanceof Instant t ? SqlValues.timestamp(t) : row[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                rows.clear();
            }
            connection.commit();
        }

        @Override
        public void finish(long nextEventId, long nextSeriesId) throws SQLException {
            flush();
            try (Statement sql = connection.createStatement()) {
                sql.execute("ALTER TABLE delivery_events ALTER COLUMN id RESTART WITH " + nextEventId);
                sql.execute("ALTER TABLE deployment_series ALTER COLUMN id RESTART WITH " + nextSeriesId);
            }
            connection.commit();
        }
    }
}
