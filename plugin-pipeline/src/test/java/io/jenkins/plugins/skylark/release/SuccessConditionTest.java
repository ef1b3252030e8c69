package io.jenkins.plugins.skylark.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuccessConditionTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        ">= 0.99, 0.99, true", ">= 0.99, 0.98, false",
        "> 0, 0, false", ">0, 1, true",
        "<= 500, 500, true", "<= 500, 501, false",
        "< .5, 0.4, true", "< 5e2, 500, false",
        ">= 0.99, NaN, false", "< 1, NaN, false"})
    void shouldCompareTheValueWithTheThreshold(String condition, double value, boolean met) {
        assertThat(SuccessCondition.parse(condition).orElseThrow().test(value)).isEqualTo(met);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "0.99", ">=", "=> 0.99", "result >= 0.99", ">= 0.99 && < 1", "!= 0", "== 1", ">= 5.", ">= abc",
            ">= 1e999"})
    void shouldRefuseAnythingButOperatorAndNumber(String text) {
        assertThat(SuccessCondition.parse(text)).isEmpty();
    }
}
