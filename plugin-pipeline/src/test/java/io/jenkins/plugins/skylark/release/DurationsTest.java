package io.jenkins.plugins.skylark.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"30s,30", "5m,300", "1h,3600", "1h30m,5400", "2m30s,150", "1h0m5s,3605", "0s,0", " 5m ,300"})
    void shouldReadHoursMinutesSeconds(String text, long seconds) {
        assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "300", "5", "5 m", "1m1h", "1.5h", "-5m", "5min", "approval", "1d",
            "99999999999999999999h", "9000h"})
    void shouldRefuseAnythingElse(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void shouldRefuseNull() {
        assertThat(Durations.parse(null)).isEmpty();
    }

    @Test
    void shouldWriteTheShortestFormItReads() {
        assertThat(Durations.format(Duration.ofSeconds(5400))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofSeconds(3605))).isEqualTo("1h5s");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.parse(Durations.format(Duration.ofSeconds(7384)))).contains(Duration.ofSeconds(7384));
    }
}
