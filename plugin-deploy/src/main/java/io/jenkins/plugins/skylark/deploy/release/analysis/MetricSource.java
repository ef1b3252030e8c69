package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.util.function.Consumer;

/** Where measurements come from: {@link PrometheusClient}, or a fake in unit tests. */
@FunctionalInterface
public interface MetricSource {

    /**
     * Runs an instant query.
     *
     * @param log receives one line per retried attempt (never credentials)
     * @throws PrometheusException once the query failed for good (retries spent, or not worth retrying)
     */
    QueryResult query(String promql, Consumer<String> log) throws PrometheusException, InterruptedException;
}
