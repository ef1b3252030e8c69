package io.jenkins.plugins.skylark.release;

/**
 * What an analysis concludes when Prometheus keeps answering with an error (bad query, timeout) after the
 * bounded retries: {@link #INCONCLUSIVE} (the release's {@link InconclusivePolicy} decides) or
 * {@link #FAIL} (the release is aborted).
 */
public enum AnalysisErrorPolicy {
    INCONCLUSIVE("inconclusive"),
    FAIL("fail");

    private final String userName;

    AnalysisErrorPolicy(String userName) {
        this.userName = userName;
    }

    /** The name users write: {@code inconclusive}, {@code fail}. */
    public String userName() {
        return userName;
    }
}
