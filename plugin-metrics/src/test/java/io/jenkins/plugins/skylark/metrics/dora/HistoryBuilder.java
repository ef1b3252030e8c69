package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds delivery histories for tests; times are {@code MM-DDTHH:MM} in 2026, UTC. */
final class HistoryBuilder {

    static final ReportPeriod OCTOBER_WEEKS = new ReportPeriod("2026-W40..2026-W43",
            IsoWeek.mondayOf(2026, 40), IsoWeek.mondayOf(2026, 44), ZoneOffset.UTC);

    private final List<Deployment> deployments = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private String application = "shop";
    private String environment = "production";

    static HistoryBuilder history() {
        return new HistoryBuilder();
    }

    static Instant at(String time) {
        return Instant.parse("2026-" + time + ":00Z");
    }

    static LinkedCommit commit(String id, String committed) {
        return new LinkedCommit(id, at(committed), at(committed));
    }

    HistoryBuilder in(String app, String env) {
        application = app;
        environment = env;
        return this;
    }

    HistoryBuilder deploy(String key, String time, DeploymentOutcome outcome, LinkedCommit... commits) {
        deployments.add(new Deployment(key, application, environment, at(time), outcome, "v-" + key, List.of(commits)));
        return this;
    }

    HistoryBuilder ok(String key, String time, LinkedCommit... commits) {
        return deploy(key, time, DeploymentOutcome.SUCCEEDED, commits);
    }

    HistoryBuilder incident(String id, String opened, String resolved) {
        incidents.add(new Incident(id, application, environment, at(opened), resolved == null ? null : at(resolved)));
        return this;
    }

    DeliveryHistory build() {
        return new DeliveryHistory(deployments, incidents);
    }
}
