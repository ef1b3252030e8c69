package io.jenkins.plugins.skylark.metrics.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PercentilesTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("one sample", List.of(5L), 300L, 300L),
                Arguments.of("even count: mean of the two middle samples", List.of(1L, 2L, 3L, 10L), 150L, 474L),
                Arguments.of("odd count: the middle sample", List.of(1L, 2L, 30L), 120L, 1464L),
                Arguments.of("unsorted input", List.of(10L, 1L, 3L, 2L), 150L, 474L),
                Arguments.of("ten samples", List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 330L, 546L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldInterpolateMedianAndP90(String name, List<Long> hours, long medianMinutes, long p90Minutes) {
        DurationStats stats = DurationStats.of(hours.stream().map(Duration::ofHours).toList());

        assertThat(stats.median()).isEqualTo(Duration.ofMinutes(medianMinutes));
        assertThat(stats.p90()).isEqualTo(Duration.ofMinutes(p90Minutes));
        assertThat(stats.count()).isEqualTo(hours.size());
    }

    @Test
    void shouldHaveNoStatisticsWithoutSamples() {
        assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(List.of(), 0.5));
        assertThat(DurationStats.of(List.of())).isEqualTo(new DurationStats(0, null, null));
    }
}
