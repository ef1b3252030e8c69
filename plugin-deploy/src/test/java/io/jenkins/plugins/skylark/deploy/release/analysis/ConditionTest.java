package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {

    @ParameterizedTest(name = "{0} with value {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        ">= 0.99 | 0.99  | true",
        ">= 0.99 | 0.989 | false",
        ">0.5    | 0.5   | false",
        "< 500   | 499.9 | true",
        "<= 500  | 500   | true",
        "< 500   | NaN   | false",
        ">= 0    | NaN   | false",
        "< 1e3   | 999   | true",
        "== 1    | 1     | true",
        "== 1    | 0.999 | false",
    })
    void shouldJudgeValues(String condition, double value, boolean met) {
        assertThat(Condition.parse(condition)).hasValueSatisfying(parsed -> assertThat(parsed.isMetBy(value)).isEqualTo(met));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0.99", "=> 0.99", "= 1", ">= ", ">= abc", "result >= 0.99", ">= 0.9 and < 1"})
    void shouldRejectWhatIsNotAComparatorAndANumber(String text) {
        assertThat(Condition.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {">=0.990 | >= 0.99", "<500.0 | < 500", "> 1e-2 | > 0.01"})
    void shouldPrintTheConditionAsWritten(String text, String printed) {
        assertThat(Condition.parse(text).orElseThrow()).hasToString(printed);
    }
}
