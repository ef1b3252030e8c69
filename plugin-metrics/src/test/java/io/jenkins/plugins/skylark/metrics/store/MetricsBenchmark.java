package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.harness.postgres.PostgresCluster;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceThresholds;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The metrics page's figures at company size: one project, one year (2025, UTC, production), from
 * {@link ProjectReports} (stored series walks), against the DevLake-style SQL (PostgreSQL only,
 * {@link DevLakeStyleBaseline}) and against reading the project's whole history into the engine, all in
 * the same run on the same database; checks that the report equals the engine's over the whole history.
 * Not a test: run it by hand (README, "Benchmarks"). Arguments: {@code postgres|h2}, deployments (default
 * 1 000 000 / 100 000), commit links (default 5 per deployment), projects (default 20), timed rounds (5).
 */
public final class MetricsBenchmark {

    private static final ReportPeriod YEAR = new ReportPeriod("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1),
            ZoneOffset.UTC);
    private static final String ENVIRONMENT = "production";

    private MetricsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean postgres = args.length == 0 || args[0].equals("postgres");
        int deployments = args.length > 1 ? Integer.parseInt(args[1]) : postgres ? 1_000_000 : 100_000;
        long links = args.length > 2 ? Long.parseLong(args[2]) : 5L * deployments;
        int projects = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        if (postgres) {
            try (PostgresCluster cluster = PostgresCluster.startOrSkip()) {
                String url = cluster.createDatabase("bench");
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(url);
                dataSource.setUser(cluster.user());
                run(new DatabaseSettings(url, cluster.user(), null), dataSource, true, deployments, links, projects, rounds);
            }
        } else {
            Path home = Files.createTempDirectory("skylark-metrics-bench-");
            DatabaseSettings settings = DatabaseSettings.embedded(home);
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(settings.jdbcUrl());
            run(settings, dataSource, false, deployments, links, projects, rounds);
        }
    }

    private static void run(DatabaseSettings settings, DataSource dataSource, boolean postgres, int deployments,
            long links, int projects, int rounds) throws Exception {
        try (MetricsDatabase database = MetricsDatabase.open(settings)) {
            long start = System.nanoTime();
            long written;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(!postgres ? false : true);
                BenchmarkHistory.TableSink sink = postgres ? new BenchmarkHistory.CopySink(connection)
                        : new BenchmarkHistory.BatchSink(connection);
                written = new BenchmarkHistory(deployments, links, projects, sink).write();
            }
            System.out.printf(Locale.ROOT, "%s: %,d deployments, %,d commit links, %d projects x %d applications x %d"
                            + " environments, 2023-2025; generated in %.1f s%n", postgres ? "PostgreSQL" : "H2 (embedded)",
                    deployments, written, projects, BenchmarkHistory.APPLICATIONS, BenchmarkHistory.ENVIRONMENTS.size(),
                    (System.nanoTime() - start) / 1e9);
            String project = BenchmarkHistory.project(projects / 2);
            ReportScope scope = new ReportScope(Set.of(project), false, "*", ENVIRONMENT);
            ProjectReports reports = new ProjectReports(database, new DoraEngine(PerformanceThresholds.dora2024()));
            printScope(dataSource, project);
            List<Double> fast = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            DoraReport report = null;
            DoraReport reference = null;
            for (int round = -2; round < rounds; round++) {
                double[] seconds = new double[1];
                report = timed(() -> reports.report(scope, YEAR), seconds);
                add(fast, round, seconds[0]);
                if (postgres) {
                    timed(() -> baseline(dataSource, project), seconds);
                    add(baseline, round, seconds[0]);
                }
                reference = timed(() -> reports.straightforward(scope, YEAR), seconds);
                add(whole, round, seconds[0]);
            }
            double fastMedian = median(fast);
            System.out.printf(Locale.ROOT, "project %s, year 2025, %s: %d deployments, %d lead-time samples, change fail"
                            + " rate %.3f%n", project, ENVIRONMENT, report.total().deployments(),
                    report.total().leadTime().count(), report.total().changeFailRate());
            System.out.printf(Locale.ROOT, "medians of %d rounds after 2 warm-ups:%n", rounds);
            System.out.printf(Locale.ROOT, "  ProjectReports.report (stored walks)     %8.1f ms%n", fastMedian * 1000);
            if (postgres) {
                System.out.printf(Locale.ROOT, "  DevLake-style SQL, %d panel queries      %8.1f ms   %.1fx slower%n",
                        DevLakeStyleBaseline.panels(), median(baseline) * 1000, median(baseline) / fastMedian);
            }
            System.out.printf(Locale.ROOT, "  whole history read + DoraEngine          %8.1f ms   %.1fx slower%n",
                    median(whole) * 1000, median(whole) / fastMedian);
            System.out.println("  figures equal to the engine's over the whole history: " + report.equals(reference));
        }
    }

    private static void printScope(DataSource dataSource, String project) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT count(*), (SELECT count(*) FROM deployment_commits c JOIN deployments d"
                     + " ON d.event_id = c.deployment_id WHERE d.project = '" + project + "') FROM deployments WHERE project = '"
                     + project + "'")) {
            row.next();
            System.out.printf(Locale.ROOT, "project %s holds %,d deployments and %,d commit links (all years, all"
                    + " environments)%n", project, row.getLong(1), row.getLong(2));
        }
    }

    private static Object baseline(DataSource dataSource, String project) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return DevLakeStyleBaseline.run(connection, project, ENVIRONMENT, YEAR.startInstant(), YEAR.endInstant());
        }
    }

    private static <T> T timed(Callable<T> work, double[] seconds) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        seconds[0] = (System.nanoTime() - start) / 1e9;
        return result;
    }

    private static void add(List<Double> values, int round, double value) {
        if (round >= 0) {
            values.add(value);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
