package io.jenkins.plugins.skylark.metrics.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
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

    /** Not {@link OffsetDateTime#ofInstant}: it builds UTC's zone rules anew on every call (4 % of batch ingest). */
    static OffsetDateTime timestamp(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(micros.getEpochSecond(), micros.getNano(), ZoneOffset.UTC),
                ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
