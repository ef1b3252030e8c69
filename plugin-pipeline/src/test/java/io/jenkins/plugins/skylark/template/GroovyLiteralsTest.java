package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GroovyLiteralsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain text          | plain           | 'plain'
            quote               | it's            | 'it\\'s'
            backslash           | a\\b            | 'a\\\\b'
            unicode escape text | \\u0027         | '\\\\u0027'
            dollar brace        | ${x}            | '${x}'
            chinese             | 生产            | '生产'
            """)
    void shouldQuoteStrings(String rule, String value, String literal) {
        assertThat(GroovyLiterals.of(value)).as(rule).isEqualTo(literal);
    }

    @Test
    void shouldEscapeLineBreaksAndTabs() {
        assertThat(GroovyLiterals.of("a\nb\r\tc")).isEqualTo("'a\\nb\\r\\tc'");
    }

    @Test
    void shouldWriteOtherKindsAsTheirLiterals() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k'", List.of(1L, true));

        assertThat(GroovyLiterals.of(List.of("a", "b"))).isEqualTo("['a', 'b']");
        assertThat(GroovyLiterals.of(map)).isEqualTo("['k\\'': [1, true]]");
        assertThat(GroovyLiterals.of(Map.of())).isEqualTo("[:]");
    }

    @Test
    void shouldBlankEveryValueButKeepItsShape() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k'", List.of(7L, true, -3));

        assertThat(GroovyLiterals.blank("it's")).isEqualTo("''");
        assertThat(GroovyLiterals.blank(42L)).isEqualTo("0");
        assertThat(GroovyLiterals.blank(-42L)).as("the sign is a token of its own").isEqualTo("-0");
        assertThat(GroovyLiterals.blank(true)).isEqualTo("false");
        assertThat(GroovyLiterals.blank(List.of("a", "b"))).isEqualTo("['', '']");
        assertThat(GroovyLiterals.blank(map)).isEqualTo("['': [0, false, -0]]");
        assertThat(GroovyLiterals.blank(Map.of())).isEqualTo("[:]");
        assertThat(GroovyLiterals.blank(List.of())).isEqualTo("[]");
    }

    @Test
    void shouldRefuseWhatHasNoSafeLiteral() {
        assertThatThrownBy(() -> GroovyLiterals.of("a\u0000b")).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> GroovyLiterals.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
