package io.jenkins.plugins.skylark.build;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Test counts of a build and its first failures ({@link #MAX_FAILURES} at most). {@code failed} counts
 * failed assertions, {@code errors} tests that threw; {@code total} includes skipped tests.
 */
public record TestSummary(int total, int failed, int errors, int skipped, List<TestFailure> failures)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int MAX_FAILURES = 10;
    public static final TestSummary NONE = new TestSummary(0, 0, 0, 0, List.of());

    public TestSummary {
        failures = List.copyOf(failures.size() > MAX_FAILURES ? failures.subList(0, MAX_FAILURES) : failures);
    }

    public boolean hasFailures() {
        return failed + errors > 0;
    }

    TestSummary plus(TestSummary other) {
        List<TestFailure> all = new ArrayList<>(failures);
        all.addAll(other.failures);
        return new TestSummary(total + other.total, failed + other.failed, errors + other.errors,
                skipped + other.skipped, all);
    }
}
