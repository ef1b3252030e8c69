package io.jenkins.plugins.skylark.metrics.store;

import static io.jenkins.plugins.skylark.metrics.store.Events.APP;
import static io.jenkins.plugins.skylark.metrics.store.Events.PROD;
import static io.jenkins.plugins.skylark.metrics.store.Events.at;
import static io.jenkins.plugins.skylark.metrics.store.Events.commit;
import static io.jenkins.plugins.skylark.metrics.store.Events.deployed;
import static io.jenkins.plugins.skylark.metrics.store.Events.event;
import static io.jenkins.plugins.skylark.metrics.store.Events.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.metrics.dora.CheckResult;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import io.jenkins.plugins.skylark.metrics.dora.IncidentLinks;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour, run against every supported database by the subclasses. */
abstract class DeliveryStoreContract {

    protected MetricsDatabase database;
    protected DeliveryRecorder recorder;
    protected DeliveryStore store;

    /** Settings of a new, empty database. */
    protected abstract DatabaseSettings freshDatabase();

    @BeforeEach
    void openDatabase() {
        database = MetricsDatabase.open(freshDatabase());
        recorder = new DeliveryRecorder(database);
        store = new DeliveryStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void shouldReturnADeploymentWithTheCommitsItShipped() {
        recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c2"), List.of(
                commit("c1", "2025-03-01T08:00:00Z", "2025-03-02T09:00:00Z"),
                commit("c2", "2025-03-02T08:00:00Z", "2025-03-03T09:00:00Z")));

        Deployment deployment = single(store.history(APP, PROD, at("2025-04-01T00:00:00Z")));

        assertThat(deployment.idempotencyKey()).isEqualTo("b1");
        assertThat(deployment.at()).isEqualTo(at("2025-03-03T10:00:00Z"));
        assertThat(deployment.outcome()).isEqualTo(DeploymentOutcome.SUCCEEDED);
        assertThat(deployment.version()).isEqualTo("registry/shop@sha256:b1");
        assertThat(deployment.commits()).containsExactly(
                commit("c1", "2025-03-01T08:00:00Z", "2025-03-02T09:00:00Z"),
                commit("c2", "2025-03-02T08:00:00Z", "2025-03-03T09:00:00Z"));
    }

    @Test
    void shouldRecordAReplayedEventOnce() {
        boolean first = recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"), List.of());
        boolean replay = recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"), List.of());

        assertThat(first).isTrue();
        assertThat(replay).isFalse();
        assertThat(store.history(APP, PROD, at("2026-01-01T00:00:00Z")).deployments()).hasSize(1);
        assertThat(count("delivery_events")).isEqualTo(1);
    }

    @Test
    void shouldKeepTheFirstEventWhenAKeyComesBackWithOtherContent() {
        recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"), List.of());
        recorder.record(event("b1", DeliveryEventType.DEPLOY_FAILED, PROD, "2025-03-04T10:00:00Z", "c9", Map.of()),
                List.of(commit("c9", "2025-03-01T08:00:00Z", "2025-03-01T08:00:00Z")));

        Deployment deployment = single(store.history(APP, PROD, at("2026-01-01T00:00:00Z")));

        assertThat(deployment.outcome()).isEqualTo(DeploymentOutcome.SUCCEEDED);
        assertThat(deployment.commits()).isEmpty();
        assertThat(count("deployment_commits")).isZero();
    }

    @Test
    void shouldStoreFailuresAndRollbacksWithTheEngineOutcomes() {
        recorder.record(event("f1", DeliveryEventType.DEPLOY_FAILED, PROD, "2025-03-03T10:00:00Z", "c1", Map.of()),
                List.of());
        recorder.record(event("f2", DeliveryEventType.DEPLOY_FAILED, PROD, "2025-03-03T11:00:00Z", "c1",
                Map.of(DeliveryRecorder.ATTRIBUTE_SERVED, "false")), List.of());
        recorder.record(event("r1", DeliveryEventType.ROLLED_BACK, PROD, "2025-03-03T12:00:00Z", null, Map.of()),
                List.of());

        List<Deployment> deployments = store.history(APP, PROD, at("2026-01-01T00:00:00Z")).deployments();

        assertThat(deployments).extracting(Deployment::idempotencyKey, Deployment::outcome).containsExactly(
                tuple("f1", DeploymentOutcome.FAILED),
                tuple("f2", DeploymentOutcome.NOT_SERVED),
                tuple("r1", DeploymentOutcome.ROLLED_BACK));
    }

    @Test
    void shouldKeepEveryRawEventWithItsAttributes() {
        recorder.record(event("p1", DeliveryEventType.IMAGE_PUSHED, null, "2025-03-03T09:00:00Z", "c1",
                Map.of("digest", "sha256:abc", "registry", "harbor.example")), List.of());
        recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"), List.of());

        assertThat(count("delivery_events")).isEqualTo(2);
        assertThat(count("delivery_event_attributes")).isEqualTo(2);
        assertThat(count("deployments")).isEqualTo(1);
    }

    @Test
    void shouldGiveOnlyTheApplicationAndEnvironmentAskedForAndNothingFromTheEndOn() {
        recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"), List.of());
        recorder.record(deployed("b2", "2025-04-01T00:00:00Z", "c2"), List.of());
        recorder.record(event("s1", DeliveryEventType.DEPLOYED, "staging", "2025-03-03T10:00:00Z", "c1", Map.of()),
                List.of());

        DeliveryHistory history = store.history(APP, PROD, at("2025-04-01T00:00:00Z"));

        assertThat(history.deployments()).extracting(Deployment::idempotencyKey).containsExactly("b1");
        assertThat(store.history("other", PROD, at("2026-01-01T00:00:00Z")).deployments()).isEmpty();
    }

    @Test
    void shouldGiveEveryApplicationOfTheEnvironmentForTheAllScope() {
        recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"), List.of());
        recorder.record(new DeliveryEvent("o1", DeliveryEventType.DEPLOYED, "retail", "billing", PROD,
                at("2025-03-03T11:00:00Z"), null, null, null, Map.of()), List.of());
        recorder.record(event("s1", DeliveryEventType.DEPLOYED, "staging", "2025-03-03T12:00:00Z", "c1", Map.of()),
                List.of());

        DeliveryHistory history = store.history(new MetricsScope(MetricsScope.ALL, PROD), at("2026-01-01T00:00:00Z"));

        assertThat(history.deployments()).extracting(Deployment::application).containsExactly(APP, "billing");
    }

    @Test
    void shouldGiveIncidentIntervalsIncludingAReopening() {
        recorder.record(incident("i1", DeliveryEventType.INCIDENT_OPENED, "INC-1", "2025-03-03T10:00:00Z"), List.of());
        recorder.record(incident("i2", DeliveryEventType.INCIDENT_RESOLVED, "INC-1", "2025-03-03T11:00:00Z"), List.of());
        recorder.record(incident("i3", DeliveryEventType.INCIDENT_OPENED, "INC-1", "2025-03-04T10:00:00Z"), List.of());
        recorder.record(incident("i4", DeliveryEventType.INCIDENT_RESOLVED, "INC-1", "2025-03-05T10:00:00Z"), List.of());

        List<Incident> incidents = store.history(APP, PROD, at("2025-03-05T00:00:00Z")).incidents();

        assertThat(incidents).containsExactly(
                new Incident("INC-1", APP, PROD, at("2025-03-03T10:00:00Z"), at("2025-03-03T11:00:00Z")),
                new Incident("INC-1", APP, PROD, at("2025-03-04T10:00:00Z"), null));
    }

    @Test
    void shouldLinkTheNextDeploymentToTheLastSuccessOnceItsSuccessorWasRolledBack() {
        recorder.record(deployed("b1", "2025-03-01T10:00:00Z", "c1"), List.of());
        recorder.record(deployed("b2", "2025-03-02T10:00:00Z", "c2"), List.of());
        recorder.record(event("r1", DeliveryEventType.ROLLED_BACK, PROD, "2025-03-02T11:00:00Z", "c1", Map.of()),
                List.of());

        assertThat(store.previousSuccessfulDeployment(null, APP, PROD, at("2025-03-03T00:00:00Z")))
                .contains(new PreviousDeploymentInfo("c1", at("2025-03-01T10:00:00Z")));
        assertThat(store.previousSuccessfulDeployment(null, APP, PROD, at("2025-03-01T10:00:00Z"))).isEmpty();
    }

    @Test
    void shouldTakeThePreviousDeploymentOfTheSameProjectOnly() {
        recorder.record(deployed("b1", "2025-03-01T10:00:00Z", "c1"), List.of()); // project "retail"
        recorder.record(new DeliveryEvent("other", DeliveryEventType.DEPLOYED, "outlet", APP, PROD,
                at("2025-03-02T10:00:00Z"), "v", "c9", null, Map.of()), List.of());
        recorder.record(new DeliveryEvent("untagged", DeliveryEventType.DEPLOYED, null, APP, PROD,
                at("2025-03-01T12:00:00Z"), "v", "c5", null, Map.of()), List.of());

        Instant later = at("2025-03-03T00:00:00Z");
        assertThat(store.previousSuccessfulDeployment("retail", APP, PROD, later).map(PreviousDeploymentInfo::commitId))
                .contains("c5");
        assertThat(store.previousSuccessfulDeployment("outlet", APP, PROD, later).map(PreviousDeploymentInfo::commitId))
                .contains("c9");
        assertThat(store.previousSuccessfulDeployment(null, APP, PROD, later).map(PreviousDeploymentInfo::commitId))
                .contains("c9");
    }

    @Test
    void shouldRejectAnIncidentWithoutIdAndWriteNothing() {
        assertThatThrownBy(() -> recorder.record(
                event("i1", DeliveryEventType.INCIDENT_OPENED, PROD, "2025-03-03T10:00:00Z", null, Map.of()),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incidentId");
        assertThat(count("delivery_events")).isZero();
    }

    @Test
    void shouldRejectADeploymentWithoutEnvironment() {
        assertThatThrownBy(() -> recorder.record(
                event("b1", DeliveryEventType.DEPLOYED, null, "2025-03-03T10:00:00Z", "c1", Map.of()), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEPLOYED")
                .hasMessageContaining("environment");
    }

    @Test
    void shouldNameTheStepParameterThatIsTooLong() {
        // recordDelivery's parameter is `key`; the internal name idempotencyKey means nothing to the user
        assertThatThrownBy(() -> recorder.record(deployed("k".repeat(513), "2025-03-03T10:00:00Z", "c1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key")
                .hasMessageNotContaining("idempotencyKey")
                .hasMessageContaining("512");
    }

    @Test
    void shouldKeepDataAndMigrateOnceWhenOpenedAgain() {
        recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"), List.of());
        database.close();

        database = MetricsDatabase.open(reopenSettings());

        assertThat(new DeliveryStore(database).history(APP, PROD, at("2026-01-01T00:00:00Z")).deployments()).hasSize(1);
        assertThat(count("\"" + SchemaMigrations.HISTORY_TABLE + "\" WHERE \"version\" = '1'")).isEqualTo(1);
    }

    @Test
    void shouldLoseNothingWhenManyThreadsRecordAtOnce() throws Exception {
        int distinct = 120;
        int copies = 3;
        List<Callable<Boolean>> submissions = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            String key = "build-" + i;
            String time = Instant.parse("2025-03-01T00:00:00Z").plusSeconds(60L * i).toString();
            List<LinkedCommit> commits = List.of(commit(key + "-a", time, time), commit(key + "-b", time, time));
            for (int copy = 0; copy < copies; copy++) {
                submissions.add(() -> recorder.record(deployed(key, time, key + "-b"), commits));
            }
        }
        Collections.shuffle(submissions, new Random(42));

        List<Boolean> results = runAllAtOnce(submissions, 16);

        assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(distinct);
        assertThat(count("delivery_events")).isEqualTo(distinct);
        assertThat(count("deployments")).isEqualTo(distinct);
        assertThat(count("deployment_commits")).isEqualTo(2L * distinct);
        assertThat(store.history(APP, PROD, at("2026-01-01T00:00:00Z")).deployments()).hasSize(distinct);
    }

    @Test
    void shouldKeepTheIssueKeysADeploymentShipped() {
        recorder.record(deployed("b1", "2025-03-03T10:00:00Z", "c1"),
                List.of(commit("c1", "2025-03-01T08:00:00Z", "2025-03-02T09:00:00Z")), List.of("SHOP-2", "SHOP-1", "SHOP-2"));

        assertThat(single(store.history(APP, PROD, at("2025-04-01T00:00:00Z"))).issueKeys())
                .containsExactly("SHOP-1", "SHOP-2");
        assertThatThrownBy(() -> recorder.record(incident("i1", DeliveryEventType.INCIDENT_OPENED, "INC-1",
                "2025-03-03T10:00:00Z"), List.of(), List.of("SHOP-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGatherTheLinksOfAnIncidentFromAllItsEvents() {
        recorder.record(event("i1", DeliveryEventType.INCIDENT_OPENED, PROD, "2025-03-03T10:00:00Z", null,
                Map.of(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, "INC-1", "linkedIssues", "SHOP-1")), List.of());
        recorder.record(event("i2", DeliveryEventType.INCIDENT_RESOLVED, PROD, "2025-03-04T10:00:00Z", null,
                Map.of(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, "INC-1", "linkedIssues", "SHOP-1, SHOP-3",
                        "fixVersions", "2.4.1")), List.of());
        recorder.record(incident("i3", DeliveryEventType.INCIDENT_OPENED, "INC-2", "2025-03-05T10:00:00Z"), List.of());

        assertThat(store.history(APP, PROD, at("2025-04-01T00:00:00Z")).incidentLinks()).singleElement()
                .isEqualTo(new IncidentLinks("INC-1", APP, PROD, Set.of("SHOP-1", "SHOP-3"), Set.of("2.4.1")));
    }

    @Test
    void shouldReturnQualityGatesAndImageScansButNotAsDeployments() {
        recorder.record(new DeliveryEvent("g1", DeliveryEventType.QUALITY_GATE, "retail", APP, null,
                at("2025-03-03T10:00:00Z"), "1.0", "c1", null, Map.of("status", "ERROR", "failedConditions", "2")),
                List.of());
        recorder.record(new DeliveryEvent("s1", DeliveryEventType.IMAGE_SCANNED, "retail", APP, null,
                at("2025-03-03T11:00:00Z"), "registry/shop@sha256:1", null, null, Map.of()), List.of());
        recorder.record(new DeliveryEvent("g2", DeliveryEventType.QUALITY_GATE, "retail", "cart", null,
                at("2025-03-03T10:00:00Z"), "1.0", null, null, Map.of("status", "OK")), List.of());

        DeliveryHistory history = store.history(APP, PROD, at("2025-04-01T00:00:00Z"));

        assertThat(history.deployments()).isEmpty();
        assertThat(history.checks()).extracting(CheckResult::kind, CheckResult::application, c -> c.attribute("status"))
                .containsExactly(tuple(CheckResult.Kind.QUALITY_GATE, APP, "ERROR"),
                        tuple(CheckResult.Kind.IMAGE_SCANNED, APP, ""));
        assertThat(count("deployments")).isZero();
    }

    private static <T> List<T> runAllAtOnce(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Settings of the database {@link #freshDatabase()} last gave, to open it again. */
    protected abstract DatabaseSettings reopenSettings();

    private static Deployment single(DeliveryHistory history) {
        assertThat(history.deployments()).hasSize(1);
        return history.deployments().get(0);
    }

    protected long count(String tableAndCondition) {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
