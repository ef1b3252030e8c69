package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.harness.postgres.PostgresCluster;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store on PostgreSQL: one throwaway server for the class, a new database per test. */
class PostgresDeliveryStoreTest extends DeliveryStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresCluster cluster;
    private String url;

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
        url = cluster.createDatabase("metrics_" + DATABASES.incrementAndGet());
        return new DatabaseSettings(url, cluster.user(), null);
    }

    @Override
    protected DatabaseSettings reopenSettings() {
        return new DatabaseSettings(url, cluster.user(), null);
    }
}
