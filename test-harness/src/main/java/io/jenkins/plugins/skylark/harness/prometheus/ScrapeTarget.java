package io.jenkins.plugins.skylark.harness.prometheus;

import java.util.regex.Pattern;

/**
 * One endpoint Prometheus scrapes: its job name (the {@code job} label of every series it yields),
 * {@code host:port} and metrics path.
 */
public record ScrapeTarget(String job, String hostPort, String metricsPath) {

    private static final Pattern JOB = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");
    private static final Pattern HOST_PORT = Pattern.compile("[a-zA-Z0-9.\\-\\[\\]:]+:[0-9]{1,5}");

    public ScrapeTarget {
        if (job == null || !JOB.matcher(job).matches()) {
            throw new IllegalArgumentException("scrape target 'job' must be a simple name, got '" + job + "'");
        }
        if (hostPort == null || !HOST_PORT.matcher(hostPort).matches()) {
            throw new IllegalArgumentException("scrape target 'hostPort' must be host:port, got '" + hostPort + "'");
        }
        if (metricsPath == null || !metricsPath.startsWith("/") || metricsPath.contains("'")) {
            throw new IllegalArgumentException("scrape target 'metricsPath' must be an absolute path, got '"
                    + metricsPath + "'");
        }
    }

    /** A target served at {@code /metrics}. */
    public static ScrapeTarget of(String job, String hostPort) {
        return new ScrapeTarget(job, hostPort, "/metrics");
    }

    /** This target as one entry of {@code scrape_configs} (YAML, indented for the list). */
    String yaml() {
        return "  - job_name: '" + job + "'\n"
                + "    metrics_path: '" + metricsPath + "'\n"
                + "    static_configs:\n"
                + "      - targets: ['" + hostPort + "']\n";
    }
}
