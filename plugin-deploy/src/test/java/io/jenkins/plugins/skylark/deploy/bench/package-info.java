/**
 * Benchmarks, never part of {@code mvn verify}: tests tagged {@code benchmark} (run with {@code -Pbenchmark}) and
 * main classes run by hand with {@code exec:java} ({@link io.jenkins.plugins.skylark.deploy.bench.GrayReleaseBenchmark}).
 */
package io.jenkins.plugins.skylark.deploy.bench;
