package io.jenkins.plugins.skylark.metrics.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds rows to one table with {@code INSERT ... VALUES (...), (...), ...} statements of up to
 * {@value #ROWS} rows, in the caller's transaction. H2 runs each statement of a JDBC batch on its own
 * (a statement start, savepoint and end per row); one statement for many rows pays that once. Values are
 * {@code String}, {@code Long} or {@code OffsetDateTime}; {@code null} only in text columns.
 */
final class MultiRowInsert implements AutoCloseable {

    static final int ROWS = 100;

    private final Connection connection;
    private final String insertInto;
    private final String row;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;

    /** @param insertInto the statement up to {@code VALUES}, e.g. {@code "INSERT INTO t (a, b)"} */
    MultiRowInsert(Connection connection, String insertInto, int columns) {
        this(connection, insertInto, columns, ROWS);
    }

    MultiRowInsert(Connection connection, String insertInto, int columns, int rowsPerStatement) {
        this.connection = connection;
        this.insertInto = insertInto;
        this.row = "(" + "?, ".repeat(columns - 1) + "?)";
        this.columns = columns;
        this.rowsPerStatement = rowsPerStatement;
    }

    /** Queues a row; a full statement's worth is inserted at once. */
    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns: " + insertInto);
        }
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
            if (full == null) {
                full = connection.prepareStatement(sql(rowsPerStatement));
            }
            execute(full);
        }
    }

    /** Inserts the queued rows. */
    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
            execute(rest);
        }
    }

    /** Closes the statement; rows not {@link #flush() flushed} are dropped. */
    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }

    private String sql(int rows) {
        return insertInto + " VALUES " + (row + ", ").repeat(rows - 1) + row;
    }

    private void execute(PreparedStatement insert) throws SQLException {
        int parameter = 1;
        for (Object[] values : pending) {
            for (Object value : values) {
                if (value == null) {
                    insert.setNull(parameter++, Types.VARCHAR);
                } else {
                    insert.setObject(parameter++, value);
                }
            }
        }
        insert.executeUpdate();
        pending.clear();
    }
}
