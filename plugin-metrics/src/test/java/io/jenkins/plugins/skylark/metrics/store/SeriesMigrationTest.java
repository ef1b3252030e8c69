package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceThresholds;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store recorded before V3 (no series) reports the engine's figures once opened by this version. */
class SeriesMigrationTest {

    @Test
    void shouldWalkTheSeriesOfDeploymentsRecordedBeforeTheMigration(@TempDir Path jenkinsHome) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(jenkinsHome);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(settings.jdbcUrl());
        Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource)
                .table(SchemaMigrations.HISTORY_TABLE).locations(SchemaMigrations.LOCATION).target("2").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            String event = "INSERT INTO delivery_events (id, idempotency_key, event_type, project, application, environment,"
                    + " occurred_at, recorded_at) VALUES ";
            sql.execute(event + "(1, 'a', 'DEPLOYED', 'retail', 'orders', 'production', TIMESTAMP WITH TIME ZONE"
                    + " '2025-03-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00+00')");
            sql.execute(event + "(2, 'b', 'DEPLOYED', 'retail', 'orders', 'production', TIMESTAMP WITH TIME ZONE"
                    + " '2025-03-05 10:00:00+00', TIMESTAMP WITH TIME ZONE '2025-03-05 10:00:00+00')");
            sql.execute(event + "(3, 'c', 'DEPLOYED', NULL, 'orders', 'production', TIMESTAMP WITH TIME ZONE"
                    + " '2025-03-06 10:00:00+00', TIMESTAMP WITH TIME ZONE '2025-03-06 10:00:00+00')");
            String deployment = "INSERT INTO deployments (event_id, application, environment, deployed_at, outcome) VALUES ";
            sql.execute(deployment + "(1, 'orders', 'production', TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00+00', 'SUCCEEDED')");
            sql.execute(deployment + "(2, 'orders', 'production', TIMESTAMP WITH TIME ZONE '2025-03-05 10:00:00+00', 'SUCCEEDED')");
            sql.execute(deployment + "(3, 'orders', 'production', TIMESTAMP WITH TIME ZONE '2025-03-06 10:00:00+00', 'FAILED')");
            sql.execute("INSERT INTO deployment_commits (deployment_id, commit_id, author_time, committer_time) VALUES"
                    + " (2, 'c1', TIMESTAMP WITH TIME ZONE '2025-03-03 10:00:00+00', TIMESTAMP WITH TIME ZONE '2025-03-04 10:00:00+00')");
            sql.execute("SHUTDOWN");
        }
        ReportPeriod march = new ReportPeriod("2025-03", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), ZoneOffset.UTC);
        DoraEngine engine = new DoraEngine(PerformanceThresholds.dora2024());
        try (MetricsDatabase database = MetricsDatabase.open(settings)) {
            ProjectReports reports = new ProjectReports(database, engine);
            ReportScope retail = new ReportScope(Set.of("retail"), false, "orders", "production");

            DoraReport report = reports.report(retail, march);

            assertThat(report).isEqualTo(reports.straightforward(retail, march));
            assertThat(report.total().deployments()).isEqualTo(2);
            assertThat(report.total().leadTime().count()).isEqualTo(1);
            ReportScope all = new ReportScope(Set.of("retail"), true, "orders", "production");
            assertThat(reports.report(all, march)).isEqualTo(reports.straightforward(all, march));
            assertThat(reports.report(all, march).total().failedDeployments()).isEqualTo(1);
        }
    }
}
