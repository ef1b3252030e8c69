package io.jenkins.plugins.skylark.metrics.dora;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes the DORA figures: deduplicates deployments by idempotency key, splits the history into
 * series (application, environment), walks each series ({@link DeploymentTimeline},
 * {@link IncidentTimeline}) and takes the statistics. The total pools the samples of all series.
 */
public final class DoraEngine {

    private static final Comparator<Deployment> TIME_ORDER =
            Comparator.comparing(Deployment::at).thenComparing(Deployment::idempotencyKey);

    private final PerformanceThresholds thresholds;

    public DoraEngine(PerformanceThresholds thresholds) {
        this.thresholds = Require.present(thresholds, "DoraEngine", "thresholds");
    }

    public DoraReport compute(DeliveryHistory history, MetricsScope scope, ReportPeriod period) {
        List<DataIssue> duplicates = new ArrayList<>();
        Map<List<String>, List<Deployment>> deployments = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (Deployment d : deduplicated(history.deployments(), scope, period, duplicates)) {
            if (scope.matches(d.application(), d.environment())) {
                deployments.computeIfAbsent(List.of(d.application(), d.environment()), k -> new ArrayList<>()).add(d);
            }
        }
        Map<List<String>, List<IncidentLinks>> links = new LinkedHashMap<>();
        for (IncidentLinks l : history.incidentLinks()) {
            links.computeIfAbsent(List.of(l.application(), l.environment()), k -> new ArrayList<>()).add(l);
        }
        Map<List<String>, List<Incident>> incidents = new LinkedHashMap<>();
        for (Incident i : history.incidents()) {
            if (scope.matches(i.application(), i.environment())) {
                List<String> key = List.of(i.application(), i.environment());
                incidents.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                deployments.computeIfAbsent(key, k -> new ArrayList<>());
            }
        }
        if (deployments.isEmpty() && !MetricsScope.ALL.equals(scope.application())
                && !MetricsScope.ALL.equals(scope.environment())) {
            deployments.put(List.of(scope.application(), scope.environment()), List.of());
        }
        List<Series> series = new ArrayList<>();
        List<SeriesFacts> allFacts = new ArrayList<>();
        List<Rework> allRework = new ArrayList<>();
        deployments.forEach((key, list) -> {
            List<Incident> seriesIncidents = incidents.getOrDefault(key, List.of());
            SeriesFacts facts = IncidentTimeline.addTo(DeploymentTimeline.walk(list, period), seriesIncidents, period);
            Rework rework = Rework.of(facts.deployments(), seriesIncidents, links.getOrDefault(key, List.of()), period);
            allFacts.add(facts);
            allRework.add(rework);
            series.add(new Series(key.get(0), key.get(1), SeriesFigures.of(facts, rework, period, thresholds)));
        });
        SeriesFacts total = SeriesFacts.merge(allFacts);
        List<DataIssue> issues = new ArrayList<>(duplicates);
        issues.addAll(total.issues());
        return new DoraReport(period, scope, thresholds, series,
                SeriesFigures.of(total, Rework.merge(allRework), period, thresholds), issues,
                ApplicationChecks.latest(history.checks(), scope, period));
    }

    /** Keeps the earliest record of each idempotency key: a replay or re-import comes later. */
    private static List<Deployment> deduplicated(List<Deployment> all, MetricsScope scope, ReportPeriod period,
                                                 List<DataIssue> issues) {
        Set<String> seen = new HashSet<>();
        List<Deployment> kept = new ArrayList<>();
        for (Deployment d : all.stream().sorted(TIME_ORDER).toList()) {
            if (seen.add(d.idempotencyKey())) {
                kept.add(d);
            } else if (period.contains(d.at()) && scope.matches(d.application(), d.environment())) {
                issues.add(new DataIssue(DataIssue.Kind.DUPLICATE_IGNORED, d.application(), d.environment(),
                        d.idempotencyKey()));
            }
        }
        return kept;
    }
}
