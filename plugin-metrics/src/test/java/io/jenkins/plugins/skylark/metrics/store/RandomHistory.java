package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.metrics.dora.CheckResult;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import io.jenkins.plugins.skylark.metrics.dora.IncidentLinks;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random delivery histories for the equivalence tests: a few projects (and events without one) that
 * share application and environment names, every deployment outcome, commits shipped again and
 * committed after their deployment, reopened incidents with links, quality gates; events in random
 * order. {@link #rawHistory} is what the engine is given directly, built from the events in memory,
 * not read from a store.
 */
final class RandomHistory {

    static final Instant FROM = Instant.parse("2024-10-01T00:00:00Z");
    static final List<String> PROJECTS = Arrays.asList("retail", "payments", "search", null);
    static final List<String> APPLICATIONS = List.of("orders", "cart", "web");
    static final List<String> ENVIRONMENTS = List.of("production", "staging");

    /** One event as recorded: the event, its commits and issue keys. */
    record Recorded(DeliveryEvent event, List<LinkedCommit> commits, List<String> issueKeys) {
    }

    private RandomHistory() {
    }

    static List<Recorded> generate(long seed, int deployments) {
        Random random = new Random(seed);
        List<Recorded> events = new ArrayList<>();
        Map<String, List<String>> commitsBySeries = new HashMap<>();
        for (int i = 0; i < deployments; i++) {
            String project = PROJECTS.get(random.nextInt(PROJECTS.size()));
            String application = APPLICATIONS.get(random.nextInt(APPLICATIONS.size()));
            String environment = ENVIRONMENTS.get(random.nextInt(ENVIRONMENTS.size()));
            // Whole seconds or microseconds: both survive the store (microsecond precision).
            Instant at = FROM.plus(random.nextInt(600 * 24 * 60), ChronoUnit.MINUTES)
                    .plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
            int kind = random.nextInt(10);
            String key = "d" + seed + "-" + i;
            if (kind == 0) {
                events.add(new Recorded(event(key, DeliveryEventType.ROLLED_BACK, project, application, environment, at,
                        Map.of()), List.of(), List.of()));
                continue;
            }
            DeliveryEventType type = kind <= 2 ? DeliveryEventType.DEPLOY_FAILED : DeliveryEventType.DEPLOYED;
            Map<String, String> attributes = kind == 1 ? Map.of(DeliveryRecorder.ATTRIBUTE_SERVED, "false") : Map.of();
            List<String> known = commitsBySeries.computeIfAbsent(project + "/" + application + "/" + environment,
                    s -> new ArrayList<>());
            List<LinkedCommit> commits = new ArrayList<>();
            for (int c = random.nextInt(5); c > 0; c--) {
                String id = !known.isEmpty() && random.nextInt(4) == 0 ? known.get(random.nextInt(known.size()))
                        : "c" + seed + "-" + i + "-" + c;
                known.add(id);
                long before = random.nextInt(20) == 0 ? -3600 : random.nextInt(40 * 24 * 3600);
                Instant committed = at.minusSeconds(before).minus(random.nextInt(1000), ChronoUnit.MICROS);
                commits.add(new LinkedCommit(id, committed.minusSeconds(60), committed));
            }
            List<String> issueKeys = random.nextInt(4) == 0 ? List.of("SHOP-" + random.nextInt(20)) : List.of();
            events.add(new Recorded(event(key, type, project, application, environment, at, attributes), commits, issueKeys));
        }
        for (int i = 0; i < deployments / 10; i++) {
            events.addAll(incident(random, seed, i));
        }
        for (int i = 0; i < deployments / 10; i++) {
            DeliveryEventType type = random.nextBoolean() ? DeliveryEventType.QUALITY_GATE : DeliveryEventType.IMAGE_SCANNED;
            events.add(new Recorded(event("q" + seed + "-" + i, type, PROJECTS.get(random.nextInt(PROJECTS.size())),
                    APPLICATIONS.get(random.nextInt(APPLICATIONS.size())), null,
                    FROM.plus(random.nextInt(600 * 24), ChronoUnit.HOURS).plusSeconds(i), Map.of("status", "OK")), List.of(), List.of()));
        }
        java.util.Collections.shuffle(events, random);
        return events;
    }

    private static List<Recorded> incident(Random random, long seed, int i) {
        String project = PROJECTS.get(random.nextInt(PROJECTS.size()));
        String application = APPLICATIONS.get(random.nextInt(APPLICATIONS.size()));
        String environment = ENVIRONMENTS.get(random.nextInt(ENVIRONMENTS.size()));
        String id = "SHOP-" + random.nextInt(20);
        Instant opened = FROM.plus(random.nextInt(600 * 24), ChronoUnit.HOURS).plusSeconds(i); // no ties
        Map<String, String> open = new LinkedHashMap<>();
        open.put(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, id);
        if (random.nextBoolean()) {
            open.put(DeliveryRecorder.ATTRIBUTE_LINKED_ISSUES, "SHOP-" + random.nextInt(20));
        }
        List<Recorded> changes = new ArrayList<>();
        String key = "i" + seed + "-" + i;
        changes.add(new Recorded(event(key + "-o", DeliveryEventType.INCIDENT_OPENED, project, application, environment,
                opened, open), List.of(), List.of()));
        if (random.nextInt(5) > 0) {
            Instant resolved = opened.plus(random.nextInt(random.nextInt(10) == 0 ? 1 : 20 * 24) - 2L, ChronoUnit.HOURS);
            changes.add(new Recorded(event(key + "-r", DeliveryEventType.INCIDENT_RESOLVED, project, application,
                    environment, resolved, Map.of(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, id,
                            DeliveryRecorder.ATTRIBUTE_FIX_VERSIONS, "1." + random.nextInt(3))), List.of(), List.of()));
        }
        return changes;
    }

    private static DeliveryEvent event(String key, DeliveryEventType type, String project, String application,
            String environment, Instant at, Map<String, String> attributes) {
        return new DeliveryEvent(key, type, project, application, environment, at,
                "registry/" + application + ":1." + Math.floorMod(key.hashCode(), 3), "commit-" + key,
                "https://jenkins/job/" + key + "/", attributes);
    }

    /** The engine's input for the events of the scope's projects up to {@code end}, built in memory. */
    static DeliveryHistory rawHistory(List<Recorded> events, ReportScope scope, Instant end) {
        List<Deployment> deployments = new ArrayList<>();
        Map<List<String>, List<IncidentChange>> changes = new LinkedHashMap<>();
        Map<List<String>, Map<String, TreeSet<String>>> links = new LinkedHashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        for (Recorded recorded : events) {
            DeliveryEvent e = recorded.event();
            Instant at = e.occurredAt().truncatedTo(ChronoUnit.MICROS);
            if (!scope.covers(e.project()) || !at.isBefore(end)) {
                continue;
            }
            if (EventRules.isDeployment(e)) {
                deployments.add(new Deployment(e.idempotencyKey(), e.application(), e.environment(), at,
                        EventRules.outcome(e), e.version(), micros(recorded.commits()),
                        List.copyOf(new TreeSet<>(recorded.issueKeys()))));
            } else if (EventRules.isIncident(e)) {
                List<String> key = List.of(e.application(), e.environment(), EventRules.incidentId(e));
                changes.computeIfAbsent(key, k -> new ArrayList<>()).add(new IncidentChange(key.get(2),
                        e.type() == DeliveryEventType.INCIDENT_OPENED, at));
                for (String name : List.of(DeliveryRecorder.ATTRIBUTE_LINKED_ISSUES, DeliveryRecorder.ATTRIBUTE_FIX_VERSIONS)) {
                    if (e.attributes().containsKey(name)) {
                        links.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(name, n -> new TreeSet<>())
                                .addAll(Arrays.stream(e.attributes().get(name).split(",")).map(String::trim).toList());
                    }
                }
            } else {
                checks.add(new CheckResult(CheckResult.Kind.valueOf(e.type().name()), e.application(), at, e.version(),
                        e.attributes()));
            }
        }
        List<Incident> incidents = new ArrayList<>();
        changes.forEach((key, list) -> incidents.addAll(IncidentIntervals.fold(key.get(0), key.get(1), key.get(2), list)));
        List<IncidentLinks> incidentLinks = new ArrayList<>();
        links.forEach((key, byName) -> incidentLinks.add(new IncidentLinks(key.get(2), key.get(0), key.get(1),
                byName.get(DeliveryRecorder.ATTRIBUTE_LINKED_ISSUES), byName.get(DeliveryRecorder.ATTRIBUTE_FIX_VERSIONS))));
        return new DeliveryHistory(deployments, incidents, incidentLinks, checks);
    }

    /** First of each id, in the order a history read gives them (committer time, then id). */
    private static List<LinkedCommit> micros(List<LinkedCommit> commits) {
        LinkedHashMap<String, LinkedCommit> byId = new LinkedHashMap<>();
        commits.forEach(c -> byId.putIfAbsent(c.id(), new LinkedCommit(c.id(), c.authorTime().truncatedTo(ChronoUnit.MICROS),
                c.committerTime().truncatedTo(ChronoUnit.MICROS))));
        return byId.values().stream().sorted(Comparator.comparing(LinkedCommit::committerTime)
                .thenComparing(LinkedCommit::id)).toList();
    }
}
