package io.jenkins.plugins.skylark.metrics.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE}, the same way on H2 and PostgreSQL (JDBC 4.2
 * {@link OffsetDateTime}, UTC). Stored to the microsecond, PostgreSQL's precision, so what is read
 * back equals what was written.
 */
final class SqlValues {

    private SqlValues() {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
