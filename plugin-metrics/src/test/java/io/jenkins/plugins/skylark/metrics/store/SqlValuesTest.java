package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlValuesTest {

    /** The same value {@link OffsetDateTime#ofInstant} gives, to the microsecond, also before 1970. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T10:15:30Z", "2026-03-01T10:15:30.123456789Z", "1969-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z", "0001-01-01T00:00:00.000001Z", "9999-12-31T23:59:59.999999Z"})
    void shouldGiveTheInstantInUtcTruncatedToMicroseconds(String text) {
        Instant instant = Instant.parse(text);

        OffsetDateTime timestamp = SqlValues.timestamp(instant);

        assertThat(timestamp).isEqualTo(OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        assertThat(timestamp.getOffset()).isEqualTo(ZoneOffset.UTC);
    }
}
