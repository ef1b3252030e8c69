/**
 * A real Prometheus for tests: the Debian {@code prometheus} binary started on a free loopback port,
 * scraping given loopback targets every second, with throw-away storage; a static {@code /metrics}
 * endpoint whose counters tests advance; and a JUnit 5 condition for machines without the binary.
 */
package io.jenkins.plugins.skylark.harness.prometheus;
