package io.jenkins.plugins.skylark.metrics.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Looks many keys up at once: one {@code column IN (?, ?, ...)} query per chunk of keys instead of one
 * query per key (a batch of 1 000 events then costs 2 look-ups, not 1 000). Chunked because both
 * databases cap the parameters of one statement, and an H2 statement is parsed anew for each length.
 */
final class KeyLookup {

    static final int CHUNK = 500;

    /** Reads one row of a look-up. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private KeyLookup() {
    }

    /**
     * Runs {@code select} followed by {@code " (?, ?, ...)"} for {@code keys}, {@value #CHUNK} at a time,
     * and hands every row found to {@code reader}. No key, no query.
     *
     * @param select a query ending in {@code "WHERE <column> IN"}
     */
    static void find(Connection connection, String select, List<String> keys, RowReader reader) throws SQLException {
        find(connection, select, keys, CHUNK, reader);
    }

    static void find(Connection connection, String select, List<String> keys, int chunkSize, RowReader reader)
            throws SQLException {
        for (int from = 0; from < keys.size(); from += chunkSize) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + chunkSize));
            String sql = select + " (" + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        reader.read(row);
                    }
                }
            }
        }
    }
}
