package io.jenkins.plugins.skylark.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingToolTest {

    @ParameterizedTest(name = "CI={0}")
    @CsvSource({"true, true", "TRUE, true", "false, false", "1, false", "'', false"})
    void shouldTreatOnlyCiTrueAsCi(String value, boolean ci) {
        assertThat(MissingTool.onCi(Map.of("CI", value)::get)).isEqualTo(ci);
        assertThat(MissingTool.onCi(Map.<String, String>of()::get)).isFalse();
    }
}
