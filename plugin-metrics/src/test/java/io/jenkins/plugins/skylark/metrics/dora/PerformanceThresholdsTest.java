package io.jenkins.plugins.skylark.metrics.dora;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceThresholdsTest {

    private final PerformanceThresholds levels = PerformanceThresholds.dora2024();

    @Test
    void shouldNameItsSourceYear() {
        assertThat(levels.sourceYear()).isEqualTo(2024);
        assertThat(levels.source()).contains("2024");
    }

    @ParameterizedTest(name = "lead time {0} is {1}")
    @CsvSource({"PT23H59M, ELITE", "P1D, HIGH", "P6DT23H, HIGH", "P7D, MEDIUM", "P29D, MEDIUM", "P30D, LOW",
        "P400D, LOW"})
    void shouldBandLeadTime(Duration median, PerformanceLevel level) {
        assertThat(levels.leadTime(median)).isEqualTo(level);
    }

    @ParameterizedTest(name = "recovery {0} is {1}")
    @CsvSource({"PT59M, ELITE", "PT1H, HIGH", "PT23H, HIGH", "P1D, MEDIUM", "P7D, LOW"})
    void shouldBandRecovery(Duration median, PerformanceLevel level) {
        assertThat(levels.recovery(median)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} per week is {1}")
    @CsvSource({"14, ELITE", "7, ELITE", "6.9, HIGH", "1, HIGH", "0.25, MEDIUM", "0.2, LOW", "0, LOW"})
    void shouldBandFrequency(double perWeek, PerformanceLevel level) {
        assertThat(levels.frequency(perWeek)).isEqualTo(level);
    }

    @Test
    void shouldNeverCallNoDataElite() {
        assertThat(levels.leadTime(null)).isEqualTo(PerformanceLevel.NO_DATA);
        assertThat(levels.recovery(null)).isEqualTo(PerformanceLevel.NO_DATA);
    }
}
