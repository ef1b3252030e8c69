package io.jenkins.plugins.skylark.deploy.release.analysis;

/** Analysis definitions the tests start from. */
final class Templates {
    private Templates() {
    }

    /** {@code rate >= 0.99}, at least 20 requests, 5 measurements 1m apart, limits 1 and 1. */
    static AnalysisTemplate successRate() {
        return new AnalysisTemplate("orders-success", "rate{ns=\"{{namespace}}\",w=\"{{canary}}\"}[{{interval}}]",
                ">= 0.99", "requests{ns=\"{{namespace}}\"}", 20, "1m", 5, 1, 1, Verdict.FAILED);
    }
}
