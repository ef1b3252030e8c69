package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroovyTokensTest {

    @Test
    void shouldFindOnlyPlainLiteralsInCode() {
        GroovyTokens tokens = GroovyTokens.of("echo('a', \"b\", '''c''', 1, 01, 1.5, 0x1F, 2e+3, true, trueish, x0)"
                + " // 'd' 2\n/* 'e' false */ f(false, 0)");

        assertThat(tokens.kinds()).containsExactly(GroovyTokens.STRING, GroovyTokens.NUMBER, GroovyTokens.BOOLEAN,
                GroovyTokens.BOOLEAN, GroovyTokens.NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            another string                     | echo('')                   | echo('it\\'s \\\\ ${x} \"\"\"')
            another number                     | sleep(0)                   | sleep(1234)
            another boolean                    | f(a: false)                | f(a: true)
            a negative number                  | f(-0)                      | f(-12)
            literals next to comments          | // it's\\nf('') /* ' */    | // it's\\nf('x') /* ' */
            literals after a GString           | f("${ '}' }", '')        | f("${ '}' }", 'y')
            literals after a triple string     | f('''a'b''', '')           | f('''a'b''', 'z')
            """)
    void shouldSeeTheSameShapeWhenOnlyLiteralsDiffer(String rule, String skeleton, String text) {
        assertThat(GroovyTokens.of(text.replace("\\n", "\n")).sameShape(GroovyTokens.of(skeleton.replace("\\n", "\n"))))
                .as(rule).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a value become an expression        | echo('')              | echo('' + evil())
            a string become a number            | echo('')              | echo(1)
            a number with a leading zero        | sleep(0)              | sleep(012)
            a number become a decimal           | sleep(0)              | sleep(1.5)
            a number after a dot                | x.0                   | x.1
            other code                          | echo('')              | echo ('')
            a literal in a GString              | echo("${''}")       | echo("${'a'}")
            a comment                           | // ''                 | // 'a'
            a blank starting a triple quote     | echo('''')            | echo('a'')
            """)
    void shouldSeeAnotherShapeWhenMoreThanLiteralsDiffer(String rule, String skeleton, String text) {
        GroovyTokens skeletonTokens = GroovyTokens.of(skeleton);
        GroovyTokens textTokens = GroovyTokens.of(text);

        assertThat(skeletonTokens != null && textTokens != null && textTokens.sameShape(skeletonTokens)).as(rule)
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a / b", "x = $/ a /$", "echo(/a/)", "echo('\\u0027')", "echo('a\nb')", "echo('''a'''')",
            "echo(部署)", "a \\\n b", "echo('unclosed", "/* unclosed", "echo(\"${ unclosed\")", "#!shebang",
            "echo(\"\"\"a\"\"\"\")", "echo(`a`)",
            "echo('a\uFFFFb')", "echo('a\u0001b')", "echo('\\q')"})
    void shouldGiveUpWhereGroovyCouldReadOtherwise(String text) {
        assertThat(GroovyTokens.of(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo('\\q')", "echo('a\uFFFFb')", "echo('\u0027')"})
    void shouldGiveUpOnStringsWhoseContentsGroovyReadsOtherwise(String text) {
        assertThat(GroovyTokens.of(text)).isNull();
        assertThatThrownBy(() -> GroovySyntax.parse("Jenkinsfile", text)).isInstanceOf(GroovySyntax.SyntaxError.class);
    }

    @Test
    void shouldPairBackslashesAsGroovyDoesBeforeLexing() {
        assertThat(GroovyTokens.of("echo('\\\\u0027')")).as("an escaped backslash, then u").isNotNull();
        assertThat(GroovyTokens.of("echo('\\\\\\u0027')")).as("then an escape").isNull();
    }
}
