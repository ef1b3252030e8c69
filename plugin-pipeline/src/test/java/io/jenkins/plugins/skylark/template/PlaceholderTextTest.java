package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The split form renders exactly what the regex replacement (the former rendering) gives. */
class PlaceholderTextTest {

    private static final UnaryOperator<String> LITERAL = name -> "'" + name.toUpperCase() + "'";

    @ParameterizedTest
    @ValueSource(strings = {"", "no placeholder", "{{a}}", "x {{ a }} y {{b}}{{a}} z", "{{a}}\n\n  {{ b }}  \r\nc\rd",
            "one {{\n a \n}} line", "{{ a }", "{{1a}} {{a-b}}", "a {{ a }}\n"})
    void shouldRenderLikeTheRegexReplacement(String text) {
        String expected = Placeholders.PLACEHOLDER.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(LITERAL.apply(m.group(1))));

        assertThat(PlaceholderText.of(text).replace(LITERAL)).isEqualTo(expected);
        List<String> lines = PlaceholderText.linesOf(text).stream().map(line -> line.replace(LITERAL)).toList();
        assertThat(lines).isEqualTo(expected.lines().toList());
    }
}
