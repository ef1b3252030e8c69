package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test reader of the text format accepts valid expositions and rejects the mistakes it guards against. */
class ExpositionCheckTest {

    private static final String HISTOGRAM = """
            # TYPE d histogram
            d_bucket{a="x",le="1"} 1
            d_bucket{a="x",le="+Inf"} 2
            d_sum{a="x"} 3.5
            d_count{a="x"} 2
            """;

    @Test
    void shouldReadCountersAndHistograms() {
        ExpositionCheck check = ExpositionCheck.parse("# HELP c Requests.\n# TYPE c counter\nc{a=\"x\",b=\"q\\\"\"} 3\n"
                + HISTOGRAM);

        assertThat(check.value("c", Map.of("a", "x", "b", "q\\\""))).isEqualTo(3.0);
        assertThat(check.sum("d_count", Map.of("a", "x"))).isEqualTo(2.0);
    }

    @Test
    void shouldRejectSamplesWithoutType() {
        assertThatThrownBy(() -> ExpositionCheck.parse("c{a=\"x\"} 1\n")).hasMessageContaining("no TYPE");
    }

    @Test
    void shouldRejectBadLabelsAndValues() {
        assertThatThrownBy(() -> ExpositionCheck.parse("# TYPE c counter\nc{a=x} 1\n")).hasMessageContaining("label");
        assertThatThrownBy(() -> ExpositionCheck.parse("# TYPE c counter\nc{a=\"x\"} one\n"))
                .hasMessageContaining("bad value");
    }

    @Test
    void shouldRejectDuplicateSeries() {
        assertThatThrownBy(() -> ExpositionCheck.parse("# TYPE c counter\nc{a=\"x\"} 1\nc{a=\"x\"} 2\n"))
                .hasMessageContaining("series twice");
    }

    @Test
    void shouldRejectBucketsThatAreNotCumulativeOrDisagreeWithTheCount() {
        assertThatThrownBy(() -> ExpositionCheck.parse(HISTOGRAM.replace("le=\"+Inf\"} 2", "le=\"+Inf\"} 0")))
                .hasMessageContaining("not cumulative");
        assertThatThrownBy(() -> ExpositionCheck.parse(HISTOGRAM.replace("d_count{a=\"x\"} 2", "d_count{a=\"x\"} 5")))
                .hasMessageContaining("+Inf bucket differs");
    }

    @Test
    void shouldRejectATextWithoutFinalNewline() {
        assertThatThrownBy(() -> ExpositionCheck.parse("# TYPE c counter\nc 1")).hasMessageContaining("newline");
    }
}
