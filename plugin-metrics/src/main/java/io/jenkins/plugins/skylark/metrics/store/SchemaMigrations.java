package io.jenkins.plugins.skylark.metrics.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema to the newest version with Flyway. Scripts are
 * {@code migration/V<n>__<what>.sql} next to this class; a released script is never edited, a change
 * is a new script. Flyway records applied versions in {@code skylark_schema_history} (a name of our
 * own, so a shared PostgreSQL database can hold other tools' histories) and serialises concurrent
 * migrators (PostgreSQL advisory lock).
 */
final class SchemaMigrations {

    static final String HISTORY_TABLE = "skylark_schema_history";
    static final String LOCATION = "classpath:io/jenkins/plugins/skylark/metrics/store/migration";

    private SchemaMigrations() {
    }

    static void migrate(DataSource dataSource, String redactedUrl) {
        ClassLoader ours = SchemaMigrations.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Flyway finds its database support through ServiceLoader; in Jenkins the context class loader
        // of a request or build thread need not see this plugin's libraries.
        thread.setContextClassLoader(ours);
        try {
            Flyway.configure(ours)
                    .dataSource(dataSource)
                    .table(HISTORY_TABLE)
                    .locations(LOCATION)
                    .javaMigrations(new IdentityCacheMigration())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(StoreMessages.format("database.migration.failed", redactedUrl), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
