package io.jenkins.plugins.skylark.metrics.dora;

import static io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome.FAILED;
import static io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome.NOT_SERVED;
import static io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome.ROLLED_BACK;
import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.OCTOBER_WEEKS;
import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.commit;
import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.history;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The edge cases of the domain notes, one named row each, against the deployment figures. */
class DoraEdgeCaseTest {

    /** Expected figures of the default scope (all applications in production) in October's weeks. */
    record Expect(int deployments, int failed, int leadSamples, Duration leadMedian,
                  int recoveries, Duration recoveryMedian, int openFailures) {
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("deploy without new commits counts for frequency, adds no lead time",
                        history().ok("d0", "09-01T00:00").ok("d1", "10-01T10:00", commit("c1", "09-30T10:00"))
                                .ok("d2", "10-02T10:00"),
                        new Expect(2, 0, 1, hours(24), 0, null, 0)),
                row("first deploy has no predecessor: no lead time",
                        history().ok("d1", "10-01T10:00", commit("c1", "01-01T00:00")),
                        new Expect(1, 0, 0, null, 0, null, 0)),
                row("rollback marks the previous deploy failed, ends its recovery clock, is no deployment",
                        history().ok("d0", "09-01T00:00").ok("d1", "10-01T10:00", commit("c1", "10-01T08:00"))
                                .deploy("r1", "10-01T10:30", ROLLED_BACK),
                        new Expect(1, 1, 1, hours(2), 1, minutes(30), 0)),
                row("canary aborted after exposing users is a failed deployment",
                        history().ok("d0", "09-01T00:00").deploy("d1", "10-05T09:00", FAILED, commit("c1", "10-05T08:00"))
                                .ok("d2", "10-05T12:00", commit("c1", "10-05T08:00")),
                        new Expect(2, 1, 1, hours(4), 1, hours(3), 0)),
                row("canary aborted at 0 % and failed pipelines are neither deployment nor failure",
                        history().ok("d0", "09-01T00:00").deploy("d1", "10-05T09:00", NOT_SERVED)
                                .deploy("d2", "10-06T09:00", NOT_SERVED).ok("d3", "10-07T09:00"),
                        new Expect(1, 0, 0, null, 0, null, 0)),
                row("failure still open at the period's end has no recovery sample",
                        history().ok("d0", "09-01T00:00").deploy("d1", "10-20T09:00", FAILED)
                                .ok("d2", "11-02T09:00"),
                        new Expect(1, 1, 0, null, 0, null, 1)),
                row("consecutive failures are one recovery episode",
                        history().ok("d0", "09-01T00:00").deploy("d1", "10-05T09:00", FAILED)
                                .deploy("d2", "10-05T10:00", FAILED).ok("d3", "10-05T11:00"),
                        new Expect(3, 2, 0, null, 1, hours(2), 0)),
                row("force-push or redeploy: a commit counts once, at its first successful deploy",
                        history().ok("d0", "09-01T00:00").ok("d1", "10-01T10:00", commit("c1", "10-01T09:00"))
                                .ok("d2", "10-03T10:00", commit("c1", "10-01T09:00"), commit("c2", "10-03T07:00")),
                        new Expect(2, 0, 2, minutes(120), 0, null, 0)),
                row("cherry-picked hotfix counts from its committer time, not its old author time",
                        history().ok("d0", "09-01T00:00").ok("d1", "10-01T10:00",
                                new LinkedCommit("pick", HistoryBuilder.at("06-01T00:00"), HistoryBuilder.at("10-01T09:00"))),
                        new Expect(1, 0, 1, hours(1), 0, null, 0)),
                row("replayed build with the same idempotency key counts once",
                        history().ok("d0", "09-01T00:00").ok("d1", "10-01T10:00", commit("c1", "10-01T09:00"))
                                .ok("d1", "10-08T10:00", commit("c1", "10-01T09:00")),
                        new Expect(1, 0, 1, hours(1), 0, null, 0)),
                row("production only by default: staging deploys do not count",
                        history().ok("d1", "10-01T10:00").in("shop", "staging").ok("s1", "10-01T11:00")
                                .deploy("s2", "10-01T12:00", FAILED),
                        new Expect(1, 0, 0, null, 0, null, 0)),
                row("empty period counts as zero",
                        history().ok("d0", "09-01T00:00"),
                        new Expect(0, 0, 0, null, 0, null, 0)),
                row("deploys before the period only give context",
                        history().deploy("d0", "09-01T00:00", FAILED).ok("d1", "10-01T00:00", commit("c1", "09-30T00:00")),
                        new Expect(1, 0, 0, null, 1, Duration.ofDays(30), 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldComputeFiguresForEdgeCase(DeliveryHistory history, Expect expect) {
        SeriesFigures figures = new DoraEngine(PerformanceThresholds.dora2024())
                .compute(history, new MetricsScope(null, null), OCTOBER_WEEKS).total();

        assertThat(new Expect(figures.deployments(), figures.failedDeployments(), figures.leadTime().count(),
                figures.leadTime().median(), figures.recoveryTime().count(), figures.recoveryTime().median(),
                figures.openFailures())).isEqualTo(expect);
    }

    private static Arguments row(String name, HistoryBuilder history, Expect expect) {
        return Arguments.of(Named.of(name, history.build()), expect);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
