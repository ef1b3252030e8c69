package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results are saved by step executions (Java serialisation) and in a ConfigMap (JSON with a plain ObjectMapper). */
class AnalysisResultSerializationTest {

    private static final AnalysisResult RESULT = new AnalysisResult("nginx-success-rate", Verdict.FAILED, List.of(
            new Measurement("2026-12-03T13:00:00Z", 0.95, 120.0, Verdict.FAILED, null),
            new Measurement("2026-12-03T13:01:00Z", null, null, Verdict.FAILED, "bad_data: parse error")),
            "Analysis 'nginx-success-rate' failed.");

    @Test
    void shouldRoundTripThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();

        String text = json.writeValueAsString(RESULT);

        assertThat(json.readValue(text, AnalysisResult.class)).isEqualTo(RESULT);
        assertThat(text).contains("\"verdict\":\"FAILED\"", "\"sampleSize\":120.0", "\"time\":\"2026-12-03T13:00:00Z\"")
                .doesNotContain("count");
    }

    @Test
    void shouldRoundTripThroughJavaSerialisation() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(RESULT);
            out.writeObject(Templates.successRate());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(RESULT);
            assertThat(in.readObject()).isEqualTo(Templates.successRate());
        }
    }

    @Test
    void shouldHoldMeasurementsInAPlainListNobodyCanChangeThroughTheAccessor() {
        List<Measurement> given = new ArrayList<>(RESULT.measurements());
        AnalysisResult result = new AnalysisResult("x", Verdict.FAILED, given, "r");
        given.clear();

        assertThat(result.measurements()).hasSize(2);
        assertThat(result.count(Verdict.FAILED)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> result.measurements().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldReadATemplateFromJson() throws Exception {
        ObjectMapper json = new ObjectMapper();

        AnalysisTemplate template = json.readValue(json.writeValueAsString(Templates.successRate()), AnalysisTemplate.class);

        assertThat(template).isEqualTo(Templates.successRate());
    }
}
