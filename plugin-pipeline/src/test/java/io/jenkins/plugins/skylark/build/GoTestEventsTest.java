package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code go test -json} output turned into counts, failures and readable log lines. */
class GoTestEventsTest {

    @Test
    void shouldCountTestsAndNameTheFailureWithItsFirstOutputLine() throws Exception {
        List<String> log = new ArrayList<>();
        GoTestEvents events = new GoTestEvents(log::add);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GoTestEventsTest.class.getResourceAsStream("junit/go-test.json"), StandardCharsets.UTF_8))) {
            in.lines().forEach(events);
        }
        events.accept("# example.com/calc [build failed]");

        TestSummary summary = events.summary();
        assertThat(summary).extracting(TestSummary::total, TestSummary::failed, TestSummary::skipped)
                .containsExactly(3, 1, 1);
        assertThat(summary.failures()).containsExactly(new TestFailure("example.com/calc", "TestDivide",
                "calc_test.go:14: Divide(6, 4) = 1, want 1.5", false));
        assertThat(log).contains("--- FAIL: TestDivide (0.00s)", "# example.com/calc [build failed]")
                .noneMatch(line -> line.contains("\"Action\""));
    }
}
