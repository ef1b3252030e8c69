package io.jenkins.plugins.skylark.metrics.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceThresholds;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import io.jenkins.plugins.skylark.metrics.store.ProjectReports;
import io.jenkins.plugins.skylark.metrics.store.DatabaseSettings;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded ten-week history of two projects and events without a project: {@code retail} ships
 * {@code shop} and {@code cart}, {@code bank} ships {@code ledger}, {@code legacy} was recorded
 * without a project. Failures, a rollback, an incident and commits included.
 */
final class PageHistory {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PERIOD = "2026-W40..2026-W47";
    static final String PROD = "production";
    static final DoraEngine ENGINE = new DoraEngine(PerformanceThresholds.dora2024());
    /** Folders and the projects they are bound to; {@code shop/tools} is not bound. */
    static final List<FolderBinding> FOLDERS = List.of(new FolderBinding("retail", "retail"),
            new FolderBinding("retail/web", "retail"), new FolderBinding("bank", "bank"),
            new FolderBinding("shop/tools", null));
    /** Monday of 2026-W38 at 10:00 in Shanghai: two weeks before the period. */
    private static final Instant START = Instant.parse("2026-09-14T02:00:00Z");

    private PageHistory() {
    }

    static MetricsPage page(MetricsDatabase database) {
        return new MetricsPage(new ProjectReports(database, ENGINE), ZONE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A fresh in-memory database holding the history. */
    static MetricsDatabase recorded() {
        return recorded("https://jenkins.example/");
    }

    /** {@link #recorded()} with build URLs below {@code jenkinsUrl} ({@code job/<application>/<n>/}). */
    static MetricsDatabase recorded(String jenkinsUrl) {
        MetricsDatabase database = MetricsDatabase.open(new DatabaseSettings(
                "jdbc:h2:mem:metrics-page-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null));
        record(database, jenkinsUrl);
        return database;
    }

    /** What an endpoint answers to a GET with these parameters. */
    static ApiResponse get(ApiEndpoint endpoint, Locale locale, String... nameValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        return ApiEndpoint.answer(endpoint, ApiRequest.get(params, locale), false);
    }

    static JsonNode json(ApiResponse response) {
        try {
            return Json.MAPPER.readTree(response.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(response.json(), e);
        }
    }

    private static void record(MetricsDatabase database, String jenkinsUrl) {
        DeliveryRecorder recorder = new DeliveryRecorder(database);
        Events events = new Events(jenkinsUrl);
        events.application(recorder, "retail", "shop", PROD, 3);
        events.application(recorder, "retail", "shop", "staging", 4);
        events.application(recorder, "retail", "cart", PROD, 2);
        events.application(recorder, "bank", "ledger", PROD, 1);
        events.application(recorder, null, "legacy", PROD, 2);
        Instant opened = START.plus(Duration.ofDays(30));
        recorder.record(events.event("inc-1-open", DeliveryEventType.INCIDENT_OPENED, "retail", "shop", PROD, opened,
                Map.of(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, "INC-1")), List.of());
        recorder.record(events.event("inc-1-resolved", DeliveryEventType.INCIDENT_RESOLVED, "retail", "shop", PROD,
                opened.plus(Duration.ofHours(5)), Map.of(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, "INC-1")), List.of());
    }

    /** Events whose builds are below one Jenkins URL. */
    private record Events(String jenkinsUrl) {

        /** {@code perWeek} deployments a week for ten weeks; every fifth fails, every seventh is rolled back. */
        void application(DeliveryRecorder recorder, String project, String app, String env, int perWeek) {
            int n = 0;
            for (int week = 0; week < 10; week++) {
                for (int i = 0; i < perWeek; i++, n++) {
                    Instant at = START.plus(Duration.ofDays(7L * week + i * 2L)).plus(Duration.ofHours(i));
                    String key = app + "-" + env + "-" + n;
                    DeliveryEventType type = n % 5 == 4 ? DeliveryEventType.DEPLOY_FAILED : DeliveryEventType.DEPLOYED;
                    List<LinkedCommit> commits = new ArrayList<>();
                    for (int c = 0; c <= n % 3; c++) {
                        Instant committed = at.minus(Duration.ofMinutes(45L + 131L * ((n * 7 + c * 13) % 29)));
                        commits.add(new LinkedCommit(String.format("%08x%032x", app.hashCode(), n * 10 + c), committed,
                                committed));
                    }
                    recorder.record(event(key, type, project, app, env, at, Map.of()), commits);
                    if (n % 7 == 6) {
                        recorder.record(event(key + "-rollback", DeliveryEventType.ROLLED_BACK, project, app, env,
                                at.plus(Duration.ofMinutes(35)), Map.of()), List.of());
                    }
                }
            }
        }

        DeliveryEvent event(String key, DeliveryEventType type, String project, String app, String env,
                Instant at, Map<String, String> attributes) {
            return new DeliveryEvent(key, type, project, app, env, at, "registry.example/" + app + ":" + key, null,
                    jenkinsUrl + "job/" + app + "/" + Math.floorMod(key.hashCode(), 1000) + "/", attributes);
        }
    }
}
