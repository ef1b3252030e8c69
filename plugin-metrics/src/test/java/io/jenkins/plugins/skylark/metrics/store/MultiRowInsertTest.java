package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultiRowInsertTest {

    private static final String INSERT = "INSERT INTO target (id, name, at)";
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:multi-row-" + System.nanoTime());
        connection = dataSource.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE target (id BIGINT PRIMARY KEY, name VARCHAR(20), at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** Every row arrives once, with its values, whether it ends a full statement or the flushed rest. */
    @ParameterizedTest(name = "{0} rows")
    @CsvSource({"0", "1", "99", "100", "101", "250"})
    void shouldInsertEveryRowOnceAcrossStatementBoundaries(int rows) throws SQLException {
        try (MultiRowInsert insert = new MultiRowInsert(connection, INSERT, 3)) {
            for (long id = 0; id < rows; id++) {
                insert.add(id, id % 3 == 0 ? null : "n" + id, SqlValues.timestamp(AT.plusSeconds(id)));
            }
            insert.flush();
            assertThat(count()).isEqualTo(rows);
        }

        List<String> stored = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT id, name, at FROM target ORDER BY id")) {
            while (row.next()) {
                stored.add(row.getLong(1) + " " + row.getString(2) + " " + SqlValues.instant(row, "at"));
            }
        }
        List<String> expected = new ArrayList<>();
        for (long id = 0; id < rows; id++) {
            expected.add(id + " " + (id % 3 == 0 ? null : "n" + id) + " " + AT.plusSeconds(id));
        }
        assertThat(stored).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldInsertAFullStatementAsSoonAsItIsFullAndTheRestOnlyOnFlush() throws SQLException {
        try (MultiRowInsert insert = new MultiRowInsert(connection, INSERT, 3, 2)) {
            for (long id = 0; id < 5; id++) {
                insert.add(id, "n", SqlValues.timestamp(AT));
            }
            assertThat(count()).isEqualTo(4);

            insert.flush();
            assertThat(count()).isEqualTo(5);
        }
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfValues() throws SQLException {
        try (MultiRowInsert insert = new MultiRowInsert(connection, INSERT, 3)) {
            assertThatThrownBy(() -> insert.add(1L, "n"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values for 3 columns");
        }
    }

    @Test
    void shouldReportAUniqueViolationOfAnyRowOfAStatement() throws SQLException {
        try (MultiRowInsert insert = new MultiRowInsert(connection, INSERT, 3)) {
            insert.add(1L, "a", SqlValues.timestamp(AT));
            insert.add(2L, "b", SqlValues.timestamp(AT));
            insert.add(1L, "c", SqlValues.timestamp(AT));

            assertThatThrownBy(insert::flush).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(DeliveryRecorder.isUniqueViolation(e)).isTrue());
        }
    }

    private long count() throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT count(*) FROM target")) {
            row.next();
            return row.getLong(1);
        }
    }
}
