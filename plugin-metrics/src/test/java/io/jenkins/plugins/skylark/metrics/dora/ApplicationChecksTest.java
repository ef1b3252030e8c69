package io.jenkins.plugins.skylark.metrics.dora;

import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.OCTOBER_WEEKS;
import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationChecksTest {

    @Test
    void shouldKeepTheLatestGateAndScanPerApplicationInThePeriodAndScope() {
        List<CheckResult> checks = List.of(
                gate("shop", "10-02T10:00", "OK", "0"),
                gate("shop", "10-09T10:00", "ERROR", "2"),
                gate("shop", "10-30T10:00", "OK", "0"), // after the period
                scan("shop", "10-03T10:00", "1"),
                gate("cart", "10-04T10:00", "OK", "0"));

        DoraReport report = new DoraEngine(PerformanceThresholds.dora2024()).compute(
                new DeliveryHistory(List.of(), List.of(), List.of(), checks),
                new MetricsScope("shop", "production"), OCTOBER_WEEKS);

        assertThat(report.checks()).singleElement().satisfies(line -> {
            assertThat(line.application()).isEqualTo("shop");
            assertThat(line.qualityGate().attribute("status")).isEqualTo("ERROR");
            assertThat(line.qualityGate().count("failedConditions")).isEqualTo(2);
            assertThat(line.imageScan().count("critical")).isEqualTo(1);
        });
        assertThat(report.total().deployments()).isZero();
    }

    @Test
    void shouldHaveNoLinesWithoutChecks() {
        DoraReport report = new DoraEngine(PerformanceThresholds.dora2024()).compute(
                new DeliveryHistory(List.of(), List.of()), new MetricsScope("shop", "production"), OCTOBER_WEEKS);

        assertThat(report.checks()).isEmpty();
    }

    private static CheckResult gate(String app, String time, String status, String failed) {
        return new CheckResult(CheckResult.Kind.QUALITY_GATE, app, at(time), "1.0",
                Map.of("status", status, "failedConditions", failed));
    }

    private static CheckResult scan(String app, String time, String critical) {
        return new CheckResult(CheckResult.Kind.IMAGE_SCANNED, app, at(time), "registry/shop@sha256:1",
                Map.of("status", "FAILED", "critical", critical, "high", "3"));
    }
}
