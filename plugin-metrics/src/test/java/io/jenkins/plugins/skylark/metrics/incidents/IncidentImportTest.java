package io.jenkins.plugins.skylark.metrics.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.jira.JiraIssue;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import io.jenkins.plugins.skylark.metrics.dora.IncidentLinks;
import io.jenkins.plugins.skylark.metrics.store.DatabaseSettings;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import io.jenkins.plugins.skylark.metrics.store.DeliveryStore;
import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentImportTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-03-01T12:30:00Z");
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path home;

    private MetricsDatabase database;
    private final List<String> searched = new ArrayList<>();

    @BeforeEach
    void open() {
        database = MetricsDatabase.open(DatabaseSettings.embedded(home));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldRecordOpenedAndResolvedInTheProductionEnvironmentWithTheLinks() throws Exception {
        IncidentSource source = source("orders");
        JiraIssue issue = new JiraIssue("OPS-7", "Incident", "Checkout down", "done", CREATED, RESOLVED,
                List.of("2.4.1"), List.of("SHOP-12", "SHOP-13"));

        IncidentImport.ImportResult result = importing(source, issue);

        assertThat(searched).containsExactly(IncidentModels.JQL);
        assertThat(result).isEqualTo(new IncidentImport.ImportResult("shop", 1, 2, 0, List.of()));
        DeliveryHistory history = new DeliveryStore(database).history("orders", "production", FAR);
        assertThat(history.incidents()).containsExactly(new Incident("OPS-7", "orders", "production", CREATED, RESOLVED));
        assertThat(history.incidentLinks()).containsExactly(
                new IncidentLinks("OPS-7", "orders", "production", Set.of("SHOP-12", "SHOP-13"), Set.of("2.4.1")));
    }

    @Test
    void shouldRecordNothingNewWhenImportedAgain() throws Exception {
        IncidentSource source = source("orders");
        JiraIssue open = new JiraIssue("OPS-7", "Incident", "Checkout down", "indeterminate", CREATED, null,
                List.of(), List.of());

        importing(source, open);
        IncidentImport.ImportResult again = importing(source, open);
        IncidentImport.ImportResult resolved = importing(source, new JiraIssue("OPS-7", "Incident", "Checkout down",
                "done", CREATED, RESOLVED, List.of(), List.of()));

        assertThat(again.recorded()).isZero();
        assertThat(again.known()).isEqualTo(1);
        assertThat(resolved.recorded()).isEqualTo(1);
        assertThat(resolved.known()).isEqualTo(1);
        assertThat(new DeliveryStore(database).history("orders", "production", FAR).incidents())
                .containsExactly(new Incident("OPS-7", "orders", "production", CREATED, RESOLVED));
    }

    @Test
    void shouldKeepTheFirstResolutionOfAReopenedIssue() throws Exception {
        IncidentSource source = source("orders");
        importing(source, new JiraIssue("OPS-7", "Incident", "x", "done", CREATED, RESOLVED, List.of(), List.of()));
        importing(source, new JiraIssue("OPS-7", "Incident", "x", "indeterminate", CREATED, null, List.of(), List.of()));
        importing(source, new JiraIssue("OPS-7", "Incident", "x", "done", CREATED, RESOLVED.plusSeconds(86_400),
                List.of(), List.of()));

        assertThat(new DeliveryStore(database).history("orders", "production", FAR).incidents())
                .containsExactly(new Incident("OPS-7", "orders", "production", CREATED, RESOLVED));
    }

    @Test
    void shouldTakeTheApplicationNamedInTheSummaryAndReportIssuesNamingNone() throws Exception {
        IncidentSource source = source("orders", "cart");
        IncidentImport.ImportResult result = importing(source,
                new JiraIssue("OPS-1", "Incident", "[cart] 502 on checkout", "new", CREATED, null, List.of(), List.of()),
                new JiraIssue("OPS-2", "Incident", "Orders: slow", "new", CREATED, null, List.of(), List.of()),
                new JiraIssue("OPS-3", "Incident", "cartography is down; orders-db too", "new", CREATED, null,
                        List.of(), List.of()));

        assertThat(result.unassigned()).containsExactly("OPS-3");
        assertThat(result.summary()).contains("shop", "OPS-3");
        DeliveryStore store = new DeliveryStore(database);
        assertThat(store.history("cart", "production", FAR).incidents()).extracting(Incident::id).containsExactly("OPS-1");
        assertThat(store.history("orders", "production", FAR).incidents()).extracting(Incident::id).containsExactly("OPS-2");
    }

    @Test
    void shouldKeyEventsBySiteHostAndIssueAndLinkTheIssue() {
        IncidentMapping mapping = new IncidentMapping(source("orders"));

        List<DeliveryEvent> events = mapping.events(new JiraIssue("OPS-7", "Incident", "x", "done", CREATED, RESOLVED,
                List.of(), List.of()), "orders");

        assertThat(events).extracting(DeliveryEvent::idempotencyKey, DeliveryEvent::type, DeliveryEvent::occurredAt)
                .containsExactly(
                        tuple("jira:jira.example.com:OPS-7:opened",
                                DeliveryEventType.INCIDENT_OPENED, CREATED),
                        tuple("jira:jira.example.com:OPS-7:resolved",
                                DeliveryEventType.INCIDENT_RESOLVED, RESOLVED));
        assertThat(events.get(0).buildUrl()).isEqualTo("https://jira.example.com/browse/OPS-7");
        assertThat(events.get(0).attributes()).containsEntry("source", "jira").containsEntry("incidentId", "OPS-7")
                .doesNotContainKeys("linkedIssues", "fixVersions");
        assertThat(events.get(0).project()).isEqualTo("shop");
    }

    @Test
    void shouldRecordNothingWhenJiraFails() {
        IncidentSource source = source("orders");

        assertThatThrownBy(() -> new IncidentImport(new DeliveryRecorder(database)).run(source, (jql, max) -> {
            throw new IOException("JIRA answered 503");
        })).hasMessageContaining("503");
        assertThat(new DeliveryStore(database).history("orders", "production", FAR).incidents()).isEmpty();
    }

    @Test
    void shouldListOnlyConfiguredProjectsAndNameTheOnesThatCannotBeImported() {
        List<String> problems = new ArrayList<>();

        assertThat(IncidentSource.of(IncidentModels.shop("https://jira.example.com/", IncidentModels.JQL, "orders"),
                problems)).extracting(IncidentSource::projectId, IncidentSource::production)
                .containsExactly(tuple("shop", "production"));
        assertThat(problems).isEmpty();

        assertThat(IncidentSource.of(IncidentModels.shop("https://jira.example.com/", IncidentModels.JQL), problems))
                .isEmpty();
        assertThat(problems).singleElement().asString().contains("shop", "no application");
        assertThat(IncidentSource.of(IncidentModels.shop("https://jira.example.com/", " ", "orders"), problems)).isEmpty();
    }

    private IncidentSource source(String... applications) {
        return IncidentSource.of(IncidentModels.shop("https://jira.example.com/", IncidentModels.JQL, applications),
                "shop").orElseThrow();
    }

    private IncidentImport.ImportResult importing(IncidentSource source, JiraIssue... issues)
            throws IOException, InterruptedException {
        return new IncidentImport(new DeliveryRecorder(database)).run(source, (jql, max) -> {
            searched.add(jql);
            return List.of(issues);
        });
    }
}
