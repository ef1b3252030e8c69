package io.jenkins.plugins.skylark.metrics.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The metrics database: opened (and migrated) once, then one short connection per operation. Both
 * drivers are used through their own {@link DataSource} classes rather than {@code DriverManager},
 * which cannot see drivers bundled in a Jenkins plugin class loader.
 *
 * <p>Transactions that lose a race (serialisation failure, deadlock, H2 lock timeout or concurrent
 * update) are rolled back and run again, a few times, so concurrent builds lose nothing.
 */
public final class MetricsDatabase implements AutoCloseable {

    private static final int MAX_ATTEMPTS = 5;
    /** SQL states worth a retry: PostgreSQL serialisation failure and deadlock, H2 lock timeout and concurrent update. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "HYT00", "90131");

    private final DatabaseSettings settings;
    private final DataSource dataSource;
    /**
     * Recorders' turns on H2. H2 meets a key another open transaction has just inserted into a unique index by
     * running the statement again and again until the lock timeout, seeing no deadlock: two batches that share
     * keys in opposite orders spun for 10 s per key (minutes in CI). An embedded H2 is open in this JVM only,
     * so a lock here orders every writer; PostgreSQL waits, detects deadlocks and needs none.
     */
    private final ReentrantLock h2Recorders = new ReentrantLock();

    private MetricsDatabase(DatabaseSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    /** Opens the database and applies pending schema migrations. */
    public static MetricsDatabase open(DatabaseSettings settings) {
        DataSource dataSource = settings.h2() ? h2(settings) : postgres(settings);
        SchemaMigrations.migrate(dataSource, DatabaseSettings.redact(settings.jdbcUrl()));
        return new MetricsDatabase(settings, dataSource);
    }

    /**
     * {@link #inTransaction} for work whose commit is acknowledged to a user (a recorded event): on an H2
     * file meant to be durable ({@link DatabaseSettings#h2DurableFile()}) it is also forced to the disk
     * ({@code CHECKPOINT SYNC}, on the same connection), which H2 never does on commit, so that an
     * operating-system crash or power loss cannot take it back. PostgreSQL forces its commits itself.
     * On H2 such transactions take turns (see {@link #h2Recorders}).
     */
    <T> T inDurableTransaction(SqlWork<T> work) {
        if (!settings.h2()) {
            return inTransaction(work, false);
        }
        h2Recorders.lock();
        try {
            return inTransaction(work, settings.h2DurableFile());
        } finally {
            h2Recorders.unlock();
        }
    }

    <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(SqlWork<T> work, boolean forceToDisk) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                T result = runOnce(connection, work);
                if (forceToDisk) {
                    forceToDisk(connection);
                }
                return result;
            } catch (SQLException e) {
                if (attempt >= MAX_ATTEMPTS || !TRANSIENT_STATES.contains(e.getSQLState())) {
                    throw failed(e);
                }
            }
        }
    }

    /** Never retried: the work is committed, running it again would answer differently. */
    private void forceToDisk(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private StoreException failed(SQLException e) {
        return new StoreException(StoreMessages.format("database.failed",
                DatabaseSettings.redact(settings.jdbcUrl()), e.getMessage()), e);
    }

    private static <T> T runOnce(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Closes an embedded H2 database (it stays open between connections); nothing to do for PostgreSQL. */
    @Override
    public void close() {
        if (!settings.h2()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static DataSource h2(DatabaseSettings settings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(settings.jdbcUrl());
        dataSource.setUser(settings.user() == null ? "" : settings.user());
        dataSource.setPassword(settings.password() == null ? "" : settings.password());
        return dataSource;
    }

    private static DataSource postgres(DatabaseSettings settings) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(settings.jdbcUrl());
        if (settings.user() != null) {
            dataSource.setUser(settings.user());
        }
        if (settings.password() != null) {
            dataSource.setPassword(settings.password());
        }
        return dataSource;
    }
}
