package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deterministic picks behind exact shares, and the even spread of injected errors. */
class WeightedRoundRobinTest {

    private final WeightedRoundRobin rr = new WeightedRoundRobin();

    @Test
    void shouldGiveEachChoiceExactlyItsWeightPerCycleSpreadEvenly() {
        Map<String, Long> weights = ordered("stable", 90L, "canary", 10L);
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            picks.add(rr.pick("k", weights));
        }

        assertThat(picks.stream().filter("canary"::equals).count()).isEqualTo(2);
        assertThat(picks.subList(0, 10)).containsOnlyOnce("canary");
    }

    @Test
    void shouldNeverPickAZeroWeightAndRefuseWhenAllAreZero() {
        for (int i = 0; i < 10; i++) {
            assertThat(rr.pick("z", ordered("stable", 0L, "canary", 5L))).isEqualTo("canary");
        }
        assertThatThrownBy(() -> rr.pick("z", ordered("stable", 0L, "canary", 0L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepSeparateStatePerKey() {
        Map<String, Long> weights = ordered("a", 1L, "b", 1L);

        assertThat(List.of(rr.pick("x", weights), rr.pick("y", weights), rr.pick("x", weights)))
                .containsExactly("a", "a", "b");
    }

    @Test
    void shouldSpreadErrorsEvenlyOverTheCount() {
        TrafficFault fault = TrafficFault.errors(0.25);
        List<Long> failing = new ArrayList<>();
        for (long n = 1; n <= 12; n++) {
            if (fault.fails(n)) {
                failing.add(n);
            }
        }

        assertThat(failing).containsExactly(4L, 8L, 12L);
        assertThat(TrafficFault.HEALTHY.fails(1)).isFalse();
        assertThat(TrafficFault.slow(Duration.ofSeconds(1)).latency()).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> TrafficFault.errors(1.5)).hasMessageContaining("errorRate");
    }

    private static Map<String, Long> ordered(String a, long wa, String b, long wb) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(a, wa);
        m.put(b, wb);
        return m;
    }
}
