package io.jenkins.plugins.skylark.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void shouldAnswerMeasuredValuesByRank() {
        List<Long> values = List.of(50L, 10L, 40L, 20L, 30L, 60L, 70L, 80L, 90L, 100L);
        assertThat(Percentiles.median(values)).isEqualTo(60L);
        assertThat(Percentiles.median(List.of(3L, 1L, 2L))).isEqualTo(2L);
        assertThat(Percentiles.of(values, 90)).isEqualTo(90L);
        assertThat(Percentiles.of(values, 100)).isEqualTo(100L);
        assertThat(Percentiles.of(List.of(7L), 90)).isEqualTo(7L);
    }

    @Test
    void shouldRefuseNoValues() {
        assertThatThrownBy(() -> Percentiles.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
