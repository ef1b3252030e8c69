package io.jenkins.plugins.skylark.metrics.store;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 5, H2 only: event ids are handed out {@value #CACHE} at a time instead of H2's default 32.
 * H2 writes its identity sequence to the store (a commit of its own, forced to the file under
 * {@code WRITE_DELAY=0}) each time the cached values run out, so a batch of 1 000 events cost 31 extra
 * store writes. After a crash the unused cached ids are skipped, which is harmless (ids are only keys).
 * PostgreSQL is left as it is: its sequence cache is per connection, and its {@code nextval} is cheap.
 */
final class IdentityCacheMigration implements JavaMigration {

    static final int CACHE = 10_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "h2 identity cache";
    }

    /** Fixed: the migration never changes once released (a change is a new version). */
    @Override
    public Integer getChecksum() {
        return CACHE;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE delivery_events ALTER COLUMN id SET CACHE " + CACHE);
        }
    }
}
