package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;
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
 * series (application, environment), walks each series ({@link DeploymentTimeline} into a
 * {@link SeriesTimeline}, cut to the period; {@link IncidentTimeline}) and takes the statistics. The total pools the samples of all series.
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
        Map<List<String>, List<Deployment>> deployments = new LinkedHashMap<>();
        for (Deployment d : deduplicated(history.deployments(), scope, period, duplicates)) {
            if (scope.matches(d.application(), d.environment())) {
                deployments.computeIfAbsent(List.of(d.application(), d.environment()), k -> new ArrayList<>()).add(d);
            }
        }
        List<SeriesTimeline> timelines = new ArrayList<>();
        deployments.forEach((key, list) -> timelines.add(walk(key.get(0), key.get(1), list)));
        return report(timelines, Instant.MAX, history, scope, period, duplicates);
    }

    /**
     * The report from series walked beforehand ({@link #walk}) over a history cut at the period's end,
     * as {@link #compute(DeliveryHistory, MetricsScope, ReportPeriod)} gives for that history: a store
     * keeps the timelines at ingest and passes only the parts that touch the period.
     *
     * @param timelines one per application and environment, with at least every fact of the period
     * @param rest      the incidents, incident links and checks (its deployments are not read)
     */
    public DoraReport compute(List<SeriesTimeline> timelines, DeliveryHistory rest, MetricsScope scope,
            ReportPeriod period) {
        return report(timelines, period.endInstant(), rest, scope, period, List.of());
    }

    /**
     * Walks one application and environment's deployments (each idempotency key once) into its
     * timeline, which holds no period: see {@link SeriesTimeline#facts}.
     */
    public static SeriesTimeline walk(String application, String environment, List<Deployment> deployments) {
        return DeploymentTimeline.walk(application, environment, deployments.stream().sorted(TIME_ORDER).toList());
    }

    private DoraReport report(List<SeriesTimeline> timelines, Instant historyEnd, DeliveryHistory rest,
            MetricsScope scope, ReportPeriod period, List<DataIssue> duplicates) {
        Map<List<String>, SeriesFacts> facts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (SeriesTimeline timeline : timelines) {
            if (scope.matches(timeline.application(), timeline.environment())) {
                facts.put(List.of(timeline.application(), timeline.environment()), timeline.facts(period, historyEnd));
            }
        }
        Map<List<String>, List<IncidentLinks>> links = new LinkedHashMap<>();
        for (IncidentLinks l : rest.incidentLinks()) {
            links.computeIfAbsent(List.of(l.application(), l.environment()), k -> new ArrayList<>()).add(l);
        }
        Map<List<String>, List<Incident>> incidents = new LinkedHashMap<>();
        for (Incident i : rest.incidents()) {
            if (scope.matches(i.application(), i.environment())) {
                List<String> key = List.of(i.application(), i.environment());
                incidents.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                facts.computeIfAbsent(key, k -> SeriesTimeline.empty(k.get(0), k.get(1)).facts(period, historyEnd));
            }
        }
        if (facts.isEmpty() && !MetricsScope.ALL.equals(scope.application())
                && !MetricsScope.ALL.equals(scope.environment())) {
            facts.put(List.of(scope.application(), scope.environment()),
                    SeriesTimeline.empty(scope.application(), scope.environment()).facts(period, historyEnd));
        }
        List<Series> series = new ArrayList<>();
        List<SeriesFacts> allFacts = new ArrayList<>();
        List<Rework> allRework = new ArrayList<>();
        facts.forEach((key, deploymentFacts) -> {
            List<Incident> seriesIncidents = incidents.getOrDefault(key, List.of());
            SeriesFacts withIncidents = IncidentTimeline.addTo(deploymentFacts, seriesIncidents, period);
            Rework rework = Rework.of(withIncidents.deployments(), seriesIncidents, links.getOrDefault(key, List.of()),
                    period);
            allFacts.add(withIncidents);
            allRework.add(rework);
            series.add(new Series(key.get(0), key.get(1), SeriesFigures.of(withIncidents, rework, period, thresholds)));
        });
        SeriesFacts total = SeriesFacts.merge(allFacts);
        List<DataIssue> issues = new ArrayList<>(duplicates);
        issues.addAll(total.issues());
        return new DoraReport(period, scope, thresholds, series,
                SeriesFigures.of(total, Rework.merge(allRework), period, thresholds), issues,
                ApplicationChecks.latest(rest.checks(), scope, period));
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
