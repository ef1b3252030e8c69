package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceThresholds;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.WeekCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ProjectReports} against every supported database (subclasses): the engine's figures per project. */
abstract class ProjectReportsContract {

    private static final DoraEngine ENGINE = new DoraEngine(PerformanceThresholds.dora2024());
    private static final ReportPeriod YEAR_2025 = new ReportPeriod("2025", LocalDate.of(2025, 1, 1),
            LocalDate.of(2026, 1, 1), ZoneOffset.UTC);

    private static final List<ReportScope> RANDOM_SCOPES = List.of(scope(Set.of("retail"), false),
            scope(Set.of("retail", "payments"), true), new ReportScope(Set.of("search", "payments"), false, "orders", "*"),
            new ReportScope(Set.of("retail", "search"), true, "*", "staging"));

    protected MetricsDatabase database;
    protected DeliveryRecorder recorder;
    protected ProjectReports reports;

    /** Settings of a new, empty database. */
    protected abstract DatabaseSettings freshDatabase();

    @BeforeEach
    void openDatabase() {
        database = MetricsDatabase.open(freshDatabase());
        recorder = new DeliveryRecorder(database);
        reports = new ProjectReports(database, ENGINE);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void shouldCountOnlyTheDeploymentsOfTheScopeProjects() {
        record("a1", "retail", "orders", "2025-03-01T10:00:00Z");
        record("a2", "retail", "orders", "2025-03-02T10:00:00Z");
        record("b1", "payments", "orders", "2025-03-03T10:00:00Z");
        record("n1", null, "orders", "2025-03-04T10:00:00Z");

        assertThat(total(scope(Set.of("retail"), false))).isEqualTo(2);
        assertThat(total(scope(Set.of("payments"), false))).isEqualTo(1);
        assertThat(total(scope(Set.of("retail", "payments"), false))).isEqualTo(3);
        assertThat(total(scope(Set.of("retail"), true))).isEqualTo(3);
        assertThat(total(scope(Set.of(), true))).isEqualTo(1);
        assertThat(total(scope(Set.of(), false))).isZero();
    }

    @Test
    void shouldListTheScopeDeploymentsNewestFirstWithTheirCommits() {
        recorder.record(event("a1", "retail", "orders", "2025-03-01T10:00:00Z"), List.of(
                commit("c2", "2025-02-28T10:00:00Z"), commit("c1", "2025-02-27T10:00:00Z")));
        record("a2", "retail", "orders", "2025-03-02T10:00:00Z");
        record("a3", "retail", "orders", "2024-12-31T10:00:00Z");
        record("b1", "payments", "orders", "2025-03-03T10:00:00Z");

        List<DeploymentLink> links = reports.deployments(scope(Set.of("retail"), false), YEAR_2025, 10);

        assertThat(links).extracting(DeploymentLink::at)
                .containsExactly(Instant.parse("2025-03-02T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"));
        DeploymentLink first = links.get(1);
        assertThat(first.project()).isEqualTo("retail");
        assertThat(first.application()).isEqualTo("orders");
        assertThat(first.environment()).isEqualTo("production");
        assertThat(first.outcome()).isEqualTo(DeploymentOutcome.SUCCEEDED);
        assertThat(first.version()).isEqualTo("registry/orders@sha256:a1");
        assertThat(first.buildUrl()).isEqualTo("https://jenkins/job/a1/");
        assertThat(first.commitIds()).containsExactly("c1", "c2");
        assertThat(reports.deployments(scope(Set.of("retail"), false), YEAR_2025, 1)).hasSize(1);
    }

    @Test
    void shouldOfferTheApplicationsAndEnvironmentsOfTheScopeProjectsOnly() {
        record("a1", "retail", "orders", "2025-03-01T10:00:00Z");
        recorder.record(new DeliveryEvent("a2", DeliveryEventType.DEPLOYED, "retail", "cart", "staging",
                Instant.parse("2025-03-01T10:00:00Z"), null, null, null, Map.of()), List.of());
        record("b1", "payments", "ledger", "2025-03-03T10:00:00Z");

        ScopeOptions options = reports.options(scope(Set.of("retail"), false));

        assertThat(options.applications()).containsExactly("cart", "orders");
        assertThat(options.environments()).containsExactly("production", "staging");
        assertThat(reports.options(scope(Set.of(), false)).applications()).isEmpty();
    }

    @Test
    void shouldRecordABatchOnceWithItsDuplicatesAndAReplayAddsNothing() {
        List<PendingEvent> batch = List.of(
                new PendingEvent(event("a1", "retail", "orders", "2025-03-01T10:00:00Z"),
                        List.of(commit("c1", "2025-02-27T10:00:00Z")), List.of("SHOP-1")),
                PendingEvent.of(event("a2", "retail", "orders", "2025-03-02T10:00:00Z")),
                PendingEvent.of(event("a1", "retail", "orders", "2025-03-09T10:00:00Z")));

        assertThat(recorder.recordAll(batch)).containsExactly(true, true, false);
        assertThat(recorder.recordAll(batch)).containsExactly(false, false, false);
        assertThat(recorder.record(event("a2", "retail", "orders", "2025-03-02T10:00:00Z"), List.of())).isFalse();

        List<DeploymentLink> links = reports.deployments(scope(Set.of("retail"), false), YEAR_2025, 10);
        assertThat(links).extracting(DeploymentLink::at)
                .containsExactly(Instant.parse("2025-03-02T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(links.get(1).commitIds()).containsExactly("c1");
        assertThat(total(scope(Set.of("retail"), false))).isEqualTo(2);
    }

    @Test
    void shouldRecordEachKeyOnceWhenOverlappingBatchesRaceAndLoseNothing() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Boolean>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 10;
            results.add(pool.submit(() -> {
                List<PendingEvent> batch = new ArrayList<>();
                for (int i = 0; i < 40; i++) { // keys overlap between threads
                    int n = (offset + i) % 60;
                    batch.add(PendingEvent.of(event("k" + n, "retail", "orders",
                            Instant.parse("2025-03-01T00:00:00Z").plusSeconds(60L * n).toString())));
                }
                start.await();
                return recorder.recordAll(batch);
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<List<Boolean>> result : results) {
            recorded += (int) result.get().stream().filter(Boolean::booleanValue).count();
        }
        pool.shutdown();

        assertThat(recorded).isEqualTo(60);
        assertThat(reports.deployments(scope(Set.of("retail"), false), YEAR_2025, 100)).hasSize(60);
        assertThat(total(scope(Set.of("retail"), false))).isEqualTo(60);
    }

    @Test
    void shouldRejectABatchWithABadEventNamingItAndWriteNothing() {
        DeliveryEvent noEnvironment = new DeliveryEvent("b2", DeliveryEventType.DEPLOYED, "retail", "orders", null,
                Instant.parse("2025-03-02T10:00:00Z"), null, null, null, Map.of());
        List<PendingEvent> batch = List.of(PendingEvent.of(event("b1", "retail", "orders", "2025-03-01T10:00:00Z")),
                PendingEvent.of(noEnvironment));

        assertThatThrownBy(() -> recorder.recordAll(batch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Event 2 of the batch (key \"b2\")")
                .hasMessageContaining("environment");
        assertThat(reports.deployments(scope(Set.of("retail"), false), YEAR_2025, 10)).isEmpty();
    }

    @Test
    void shouldGiveTheEngineFiguresOnRandomHistories() {
        List<RandomHistory.Recorded> events = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            events.addAll(recordRandomHistory(seed));
            for (ReportScope scope : RANDOM_SCOPES) {
                for (ReportPeriod period : List.of(YEAR_2025, new ReportPeriod("q", LocalDate.of(2025, 2, 10),
                        LocalDate.of(2025, 5, 3), ZoneId.of("Asia/Kolkata")))) {
                    assertThat(reports.report(scope, period)).as("seed %d, %s, %s", seed, scope, period)
                            .usingRecursiveComparison().isEqualTo(engineReport(events, scope, period));
                }
            }
        }
    }

    @Test
    void shouldGiveAPeriodAndItsWeeksFromOneReadAsSeparateReportsAndTheEngineDo() {
        List<RandomHistory.Recorded> events = new ArrayList<>(recordRandomHistory(1));
        events.addAll(recordRandomHistory(2));
        // The first starts before the first event (series begin in different weeks of it); the second
        // crosses a change of summer time.
        List<ReportPeriod> periods = List.of(new ReportPeriod("first", LocalDate.of(2024, 9, 25),
                LocalDate.of(2025, 2, 5), ZoneId.of("America/Los_Angeles")), new ReportPeriod("autumn",
                LocalDate.of(2025, 9, 17), LocalDate.of(2025, 11, 25), ZoneId.of("Europe/Berlin")));
        int weeksWithFewerSeries = 0;
        int weeksWithLaterFailures = 0;
        for (ReportScope scope : RANDOM_SCOPES) {
            for (ReportPeriod period : periods) {
                List<ReportPeriod> weeks = period.latestWeekParts(26);
                PeriodReports together = reports.report(scope, period, weeks);

                assertThat(together.period()).as("%s, %s", scope, period).usingRecursiveComparison()
                        .isEqualTo(reports.report(scope, period)).isEqualTo(engineReport(events, scope, period));
                assertThat(together.parts()).hasSize(period.isoWeeks().size());
                for (int i = 0; i < weeks.size(); i++) {
                    DoraReport week = together.parts().get(i);
                    assertThat(week).as("%s, %s", scope, weeks.get(i)).usingRecursiveComparison()
                            .isEqualTo(reports.report(scope, weeks.get(i)))
                            .isEqualTo(engineReport(events, scope, weeks.get(i)));
                    weeksWithFewerSeries += week.series().size() < together.period().series().size() ? 1 : 0;
                    int failedInChart = together.period().total().weeks().stream()
                            .filter(w -> w.week().label().equals(week.period().text())).mapToInt(WeekCount::failed).sum();
                    weeksWithLaterFailures += failedInChart > week.total().failedDeployments() ? 1 : 0;
                }
                assertThat(together.parts().stream().mapToInt(r -> r.total().deployments()).sum())
                        .isEqualTo(together.period().total().deployments());
            }
        }
        // The cases the cut is for did occur: series that begin within the period, rollbacks in a later week.
        assertThat(weeksWithFewerSeries).isPositive();
        assertThat(weeksWithLaterFailures).isPositive();
    }

    @Test
    void shouldRejectAPartOutsideThePeriod() {
        ReportPeriod december = new ReportPeriod("12", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 2),
                ZoneOffset.UTC);

        assertThatThrownBy(() -> reports.report(scope(Set.of("retail"), false), YEAR_2025, List.of(december)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not within");
    }

    /** Records a random history: seed 1 event by event, others in batches that replay part of the previous one. */
    private List<RandomHistory.Recorded> recordRandomHistory(long seed) {
        List<RandomHistory.Recorded> events = RandomHistory.generate(seed, 250);
        if (seed == 1) {
            events.forEach(e -> recorder.record(e.event(), e.commits(), e.issueKeys()));
            return events;
        }
        // Each batch with a replay of the previous one: stale walks are walked again.
        List<PendingEvent> pending = events.stream().map(e -> new PendingEvent(e.event(), e.commits(), e.issueKeys()))
                .toList();
        for (int from = 0; from < pending.size(); from += 100) {
            recorder.recordAll(new ArrayList<>(pending.subList(Math.max(0, from - 20), Math.min(pending.size(), from + 100))));
        }
        return events;
    }

    private static DoraReport engineReport(List<RandomHistory.Recorded> events, ReportScope scope, ReportPeriod period) {
        return ENGINE.compute(RandomHistory.rawHistory(events, scope, period.endInstant()), scope.metricsScope(), period);
    }

    private void record(String key, String project, String application, String time) {
        recorder.record(event(key, project, application, time), List.of());
    }

    private static DeliveryEvent event(String key, String project, String application, String time) {
        return new DeliveryEvent(key, DeliveryEventType.DEPLOYED, project, application, "production",
                Instant.parse(time), "registry/" + application + "@sha256:" + key, "commit-" + key,
                "https://jenkins/job/" + key + "/", Map.of());
    }

    private static LinkedCommit commit(String id, String time) {
        return new LinkedCommit(id, Instant.parse(time), Instant.parse(time));
    }

    private static ReportScope scope(Set<String> projects, boolean unassigned) {
        return new ReportScope(projects, unassigned, "*", "production");
    }

    private int total(ReportScope scope) {
        return reports.report(scope, YEAR_2025).total().deployments();
    }
}
