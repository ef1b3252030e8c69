package io.jenkins.plugins.skylark.metrics.dora;

import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.OCTOBER_WEEKS;
import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.commit;
import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.history;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DoraEngineTest {

    private final DoraEngine engine = new DoraEngine(PerformanceThresholds.dora2024());

    private DoraReport compute(HistoryBuilder history, MetricsScope scope) {
        return engine.compute(history.build(), scope, OCTOBER_WEEKS);
    }

    @Test
    void shouldPoolSamplesForTheTotalBecauseAMedianOfMediansIsNotTheMedian() {
        HistoryBuilder history = history()
                .ok("a0", "09-01T00:00").ok("a1", "10-01T10:00",
                        commit("a-1", "10-01T09:00"), commit("a-2", "10-01T08:00"), commit("a-3", "10-01T07:00"))
                .in("billing", "production")
                .ok("b0", "09-01T00:00").ok("b1", "10-02T10:00", commit("b-1", "10-02T00:00"), commit("b-2", "10-01T14:00"));

        DoraReport report = compute(history, new MetricsScope("*", null));

        assertThat(report.series()).extracting(s -> s.figures().leadTime().median())
                .containsExactly(Duration.ofHours(15), Duration.ofHours(2));
        assertThat(report.total().leadTime().median()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void shouldCountEmptyWeeksAsZero() {
        DoraReport report = compute(history().ok("d1", "10-07T10:00"), new MetricsScope("shop", null));

        assertThat(report.total().weeks()).extracting(w -> w.week().label() + "=" + w.deployments())
                .containsExactly("2026-W40=0", "2026-W41=1", "2026-W42=0", "2026-W43=0");
    }

    @Test
    void shouldPlaceDeploymentsInIsoWeeksOfTheConfiguredZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        ReportPeriod period = new PeriodParser(shanghai, HistoryBuilder.at("11-01T00:00"), java.util.Locale.ROOT)
                .parse("2026-W41..2026-W42");

        SeriesFigures figures = engine.compute(history().ok("d1", "10-11T17:00").build(),
                new MetricsScope(null, null), period).total();

        assertThat(figures.weeks()).extracting(WeekCount::deployments).containsExactly(0, 1);
    }

    @Test
    void shouldReportAnExplicitApplicationWithoutDataAsZeroNotElite() {
        DoraReport report = compute(history(), new MetricsScope("unknown-app", null));

        assertThat(report.series()).singleElement().satisfies(s -> {
            assertThat(s.application()).isEqualTo("unknown-app");
            assertThat(s.figures().deployments()).isZero();
            assertThat(s.figures().changeFailRate()).isNull();
            assertThat(s.figures().levels()).isEqualTo(new PerformanceLevels(
                    PerformanceLevel.LOW, PerformanceLevel.NO_DATA, PerformanceLevel.NO_DATA));
        });
    }

    @Test
    void shouldComputeChangeFailRateFromFailedAndRolledBackDeployments() {
        HistoryBuilder history = history().ok("d0", "09-01T00:00")
                .ok("d1", "10-01T10:00").deploy("r1", "10-01T11:00", DeploymentOutcome.ROLLED_BACK)
                .deploy("d2", "10-02T10:00", DeploymentOutcome.FAILED).ok("d3", "10-02T11:00");

        SeriesFigures figures = compute(history, new MetricsScope(null, null)).total();

        assertThat(figures.changeFailRate()).isEqualTo(2.0 / 3);
        assertThat(figures.rollbacks()).isEqualTo(1);
    }

    @Test
    void shouldJoinReopenedIncidentsAndKeepIncidentsWithoutDeploysOutOfTheFailRate() {
        HistoryBuilder history = history().ok("d1", "10-01T10:00")
                .incident("INC-1", "10-05T10:00", "10-05T11:00").incident("INC-1", "10-05T12:00", "10-05T14:00")
                .incident("INC-2", "10-06T10:00", null);

        SeriesFigures figures = compute(history, new MetricsScope(null, null)).total();

        assertThat(figures.incidentRestoreTime().count()).isEqualTo(1);
        assertThat(figures.incidentRestoreTime().median()).isEqualTo(Duration.ofHours(4));
        assertThat(figures.openIncidents()).isEqualTo(1);
        assertThat(figures.changeFailRate()).isZero();
    }

    @Test
    void shouldFlagAndLeaveOutNegativeDurations() {
        HistoryBuilder history = history().ok("d0", "09-01T00:00")
                .ok("d1", "10-01T10:00", commit("future", "10-02T00:00"))
                .incident("INC-9", "10-05T10:00", "10-05T09:00");

        DoraReport report = compute(history, new MetricsScope(null, null));

        assertThat(report.issues()).extracting(DataIssue::kind, DataIssue::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DataIssue.Kind.NEGATIVE_LEAD_TIME, "future"),
                org.assertj.core.groups.Tuple.tuple(DataIssue.Kind.NEGATIVE_INCIDENT_DURATION, "INC-9"));
        assertThat(report.total().leadTime().count()).isZero();
        assertThat(report.total().incidentRestoreTime().count()).isZero();
        assertThat(report.total().openIncidents()).isZero();
    }

    @Test
    void shouldFlagDuplicatesAndRollbacksWithoutDeployment() {
        HistoryBuilder history = history().deploy("r0", "10-01T09:00", DeploymentOutcome.ROLLED_BACK)
                .ok("d1", "10-01T10:00").ok("d1", "10-03T10:00");

        DoraReport report = compute(history, new MetricsScope(null, null));

        assertThat(report.issues()).extracting(DataIssue::kind).containsExactlyInAnyOrder(
                DataIssue.Kind.DUPLICATE_IGNORED, DataIssue.Kind.ROLLBACK_WITHOUT_DEPLOYMENT);
    }

    @Test
    void shouldSelectEveryEnvironmentWithAStar() {
        HistoryBuilder history = history().ok("p1", "10-01T10:00").in("shop", "staging").ok("s1", "10-01T09:00");

        DoraReport report = compute(history, new MetricsScope("shop", "*"));

        assertThat(report.series()).extracting(Series::environment).containsExactly("production", "staging");
        assertThat(report.total().deployments()).isEqualTo(2);
    }
}
