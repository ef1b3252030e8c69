package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The skeleton check spares the Groovy parse only where the parse could not answer otherwise: renders
 * that differ from an earlier one only in values. Whatever it cannot tell is parsed, so the engine's
 * verdicts and messages stay those of the parse.
 */
class SkeletonCheckTest {

    private final TemplateDescriptor template = Fixtures.load("echo-values");

    @Test
    void shouldSpareTheParseWhenOnlyTheValuesDiffer() {
        SkeletonWriter.Written first = written(template, Map.of("message", "hello", "count", 3, "tags", List.of("a")));
        SkeletonWriter.Written second = written(template, Map.of("message", "bye", "count", 42, "tags", List.of("b"),
                "notes", "two\nlines", "flag", true, "detail", "d"));

        assertThat(second.text()).isNotEqualTo(first.text()).contains("echo('bye')", "42", "['b']", "true");
        assertThat(second.skeleton()).as("stages follow the flag").isNotEqualTo(first.skeleton());
        assertThat(SkeletonCheck.passes(first.text(), first.skeleton())).isTrue();
        assertThat(SkeletonCheck.passes(second.text(), second.skeleton())).isTrue();
        assertThat(first.skeleton()).contains("echo('')", "count: 0", "tags: ['']", "flag: false", "stage('')")
                .doesNotContain("hello");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "'''", "\"\"\"", "\\", "\\'", "'); sh('rm -rf /'); echo('", "${System.exit(1)}",
            "\\u0027); evil(); //", "\\\\u0027", "*/ evil() /*", "$/ evil() /$", "/ evil() /", "a\nevil()\n'",
            "line\r\n'); evil(); ('", "\\\n${x}", "部署到生产 ' 环境"})
    void shouldKeepHostileValuesLiteralsSoTheirVerdictIsTheParses(String hostile) {
        Map<String, Object> values = Map.of("message", hostile.replaceAll("[\r\n]", " "), "notes", hostile,
                "tags", List.of(hostile.replaceAll("[\r\n]", " ")));
        SkeletonWriter.Written written = written(template, values);

        assertThat(SkeletonCheck.passes(written.text(), written.skeleton())).as("skip path").isTrue();
        assertThat(parseProblem(written.text())).as("the parse agrees").isNull();
        assertThat(TemplateEngine.render(template, withName(values)).text()).isEqualTo(written.text());
    }

    @Test
    void shouldStillRejectAValueWithoutASafeLiteral() {
        assertThatThrownBy(() -> TemplateEngine.render(template, withName(Map.of("notes", "a\u0000b"))))
                .isInstanceOf(InvalidValuesException.class)
                .hasMessageContaining("notes: must not contain control characters");
        assertThatThrownBy(() -> new SkeletonWriter(16).literal("a\u0000b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
    }

    @Test
    void shouldParseAValueGroovysLexerReadsAsTheEnd() {
        SkeletonWriter.Written written = written(template, Map.of("message", "a\uFFFFb"));

        assertThat(SkeletonCheck.passes(written.text(), written.skeleton())).as("fallback path").isFalse();
        assertThatThrownBy(() -> TemplateEngine.render(template, withName(Map.of("message", "a\uFFFFb"))))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessage("template echo-values rendered " + parseProblem(written.text()));
    }

    @Test
    void shouldParseATextThatDiffersFromItsSkeletonBeyondLiterals() {
        SkeletonWriter.Written written = written(template, Map.of("message", "hello"));
        String edited = written.text().replace("echo('hello')", "echo('hello' + evil())");

        assertThat(edited).isNotEqualTo(written.text());
        assertThat(SkeletonCheck.passes(edited, written.skeleton())).isFalse();
    }

    @Test
    void shouldParseWhatTheTokenizerCannotRead() {
        TemplateDescriptor dividing = withFragments(new Fragment("options.groovy",
                "timeout(time: {{ count }} / 2, unit: 'MINUTES')"), template.post());
        SkeletonWriter.Written written = written(dividing, Map.of());

        assertThat(SkeletonCheck.passes(written.text(), written.skeleton())).as("fallback path").isFalse();
        assertThat(TemplateEngine.render(dividing, withName(Map.of())).text()).isEqualTo(written.text())
                .contains("timeout(time: 3 / 2");
    }

    @Test
    void shouldStillCatchABrokenFragment() {
        TemplateDescriptor unclosed = withFragments(template.options(),
                new Fragment("post.groovy", "always {\n    echo({{ message }}\n}"));
        SkeletonWriter.Written written = written(unclosed, Map.of());

        assertThat(SkeletonCheck.passes(written.text(), written.skeleton())).as("fallback path").isFalse();
        assertThat(parseProblem(written.text())).startsWith("invalid Groovy: echo-values.Jenkinsfile line ");
        assertThatThrownBy(() -> TemplateEngine.render(unclosed, withName(Map.of())))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessage("template echo-values rendered " + parseProblem(written.text()));
    }

    @Test
    void shouldStillCatchAFragmentBreakingOutOfItsSection() {
        TemplateDescriptor escaping = withFragments(template.options(),
                new Fragment("post.groovy", "always {\n    echo({{ message }})\n}\n}\nfoo {"));
        SkeletonWriter.Written written = written(escaping, Map.of());

        assertThat(SkeletonCheck.passes(written.text(), written.skeleton())).as("fallback path").isFalse();
        assertThatThrownBy(() -> TemplateEngine.render(escaping, withName(Map.of())))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessage("template echo-values rendered " + parseProblem(written.text()))
                .hasMessageContaining("unexpected statement in pipeline block");
    }

    private static SkeletonWriter.Written written(TemplateDescriptor template, Map<String, Object> values) {
        return JenkinsfileRenderer.render(template, ValueResolver.resolve(template, withName(values)));
    }

    private static Map<String, Object> withName(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("name", "abc");
        return all;
    }

    /** What the engine's parse says of a text (the path taken when the skeleton check cannot tell). */
    private static String parseProblem(String text) {
        try {
            return DeclarativeOutline.problem(GroovySyntax.parse("echo-values.Jenkinsfile", text));
        } catch (GroovySyntax.SyntaxError e) {
            return "invalid Groovy: " + e.getMessage();
        }
    }

    private TemplateDescriptor withFragments(Fragment options, Fragment post) {
        TemplateDescriptor t = template;
        return new TemplateDescriptor(t.id(), t.version(), t.category(), t.name(), t.description(), t.icon(),
                t.parameters(), t.stages(), t.agent(), options, post, t.examples());
    }
}
