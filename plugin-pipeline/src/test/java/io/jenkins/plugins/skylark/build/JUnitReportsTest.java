package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** JUnit XML as Surefire, Gradle, jest-junit and node's test runner write it; broken and hostile files. */
class JUnitReportsTest {

    @Test
    void shouldCountSurefireOutcomesPerTestcase() throws Exception {
        TestSummary summary = parse("surefire.xml");

        assertThat(summary).extracting(TestSummary::total, TestSummary::failed, TestSummary::errors,
                TestSummary::skipped).containsExactly(4, 1, 1, 1);
        assertThat(summary.failures()).containsExactly(
                new TestFailure("com.example.OrderTest", "discounts", "expected: <90> but was: <100>", false),
                new TestFailure("com.example.OrderTest", "loads", "Connection refused", true));
    }

    @Test
    void shouldReadGradleReports() throws Exception {
        TestSummary summary = parse("gradle.xml");

        assertThat(summary).extracting(TestSummary::total, TestSummary::failed).containsExactly(2, 1);
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.fullName()).isEqualTo("com.example.CartTest.removesItem()");
            assertThat(failure.message()).startsWith("org.opentest4j.AssertionFailedError: cart should be empty");
        });
    }

    @Test
    void shouldTakeTheFirstLineOfTheFailureTextWhenThereIsNoMessageAttribute() throws Exception {
        TestSummary summary = parse("jest-junit.xml");

        assertThat(summary).extracting(TestSummary::total, TestSummary::failed, TestSummary::skipped)
                .containsExactly(3, 1, 0);
        assertThat(summary.failures()).singleElement().extracting(TestFailure::message)
                .isEqualTo("Error: expect(received).toBe(expected) // Object.is equality");
    }

    @Test
    void shouldIgnoreDoctypesSoNoEntityIsResolved() {
        assertThatThrownBy(() -> parse("xxe.xml")).isInstanceOf(BuildException.class)
                .hasMessageStartingWith("Test report xxe.xml is not well-formed XML (line 4)")
                .hasMessageContaining("\"secret\" was referenced, but not declared");
    }

    @Test
    void shouldNameTheFileAndLineOfBrokenXml() {
        assertThatThrownBy(() -> parse("truncated.xml")).isInstanceOf(BuildException.class)
                .hasMessageStartingWith("Test report truncated.xml is not well-formed XML (line 4)");
    }

    @Test
    void shouldRefuseAFileThatIsNotAJUnitReport() {
        assertThatThrownBy(() -> parse("not-junit.xml")).isInstanceOf(BuildException.class)
                .hasMessage("Test report not-junit.xml is not JUnit XML: its root element is <project>, "
                        + "not <testsuite> or <testsuites>");
    }

    @Test
    void shouldKeepOnlyTheFirstFailuresButCountThemAll() {
        TestSummary many = TestSummary.NONE;
        for (int i = 0; i < 15; i++) {
            many = many.plus(new TestSummary(1, 1, 0, 0, java.util.List.of(new TestFailure("C", "t" + i, "m", false))));
        }

        assertThat(many.failed()).isEqualTo(15);
        assertThat(many.failures()).hasSize(TestSummary.MAX_FAILURES).first().extracting(TestFailure::name)
                .isEqualTo("t0");
    }

    static TestSummary parse(String fixture) throws IOException, BuildException {
        try (InputStream in = JUnitReportsTest.class.getResourceAsStream("junit/" + fixture)) {
            return JUnitReports.parse(in, fixture);
        }
    }
}
