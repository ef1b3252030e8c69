package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.harness.postgres.PostgresCluster;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ProjectReports} on PostgreSQL: one throwaway server for the class, a new database per test. */
class PostgresProjectReportsTest extends ProjectReportsContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresCluster cluster;

    @BeforeAll
    static void startServer() {
        cluster = PostgresCluster.startOrSkip();
    }

    @AfterAll
    static void stopServer() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected DatabaseSettings freshDatabase() {
        return new DatabaseSettings(cluster.createDatabase("reports_" + DATABASES.incrementAndGet()), cluster.user(), null);
    }
}
