package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 §6, power loss: H2 writes a commit to its file ({@code WRITE_DELAY=0}) but leaves it in the
 * operating system's cache; the embedded store forces every recorded event to the disk before it
 * acknowledges it. Counted on the real files through {@link ForceCountingFileSystem}.
 */
class ForcedCommitsTest {

    @TempDir
    Path jenkinsHome;

    @Test
    void shouldForceEveryRecordedEventToTheDiskBeforeAcknowledgingIt() {
        try (MetricsDatabase database = MetricsDatabase.open(countedEmbedded())) {
            DeliveryRecorder recorder = new DeliveryRecorder(database);
            for (int index = 0; index < 3; index++) {
                long before = ForceCountingFileSystem.forces();

                assertThat(recorder.record(IngestChild.event(index), List.of())).isTrue();

                assertThat(ForceCountingFileSystem.forces()).as("forces to disk for event %d", index).isGreaterThan(before);
            }
        }
    }

    /** Why the store forces: H2 itself acknowledges a commit without forcing it, even with WRITE_DELAY=0. */
    @Test
    void shouldSeeThatH2AloneDoesNotForceACommitToTheDisk() throws Exception {
        MetricsDatabase.open(countedEmbedded()).close();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(countedEmbedded().jdbcUrl());
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long before = ForceCountingFileSystem.forces();

            statement.executeUpdate("INSERT INTO delivery_events (idempotency_key, event_type, application, occurred_at,"
                    + " recorded_at) VALUES ('raw', 'DEPLOYED', 'shop', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            connection.commit();

            assertThat(ForceCountingFileSystem.forces()).isEqualTo(before);
            statement.execute("SHUTDOWN");
        }
    }

    private DatabaseSettings countedEmbedded() {
        String url = DatabaseSettings.embedded(jenkinsHome).jdbcUrl();
        assertThat(url).startsWith("jdbc:h2:file:");
        assertThat(ForceCountingFileSystem.forces()).isNotNegative();
        return new DatabaseSettings(url.replace("jdbc:h2:file:", "jdbc:h2:" + ForceCountingFileSystem.SCHEME + ":"), null, null);
    }
}
