package io.jenkins.plugins.skylark.release;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a release plan from Jenkinsfile values ({@code [[weight: 10], [pause: '5m']]}) or from a YAML release
 * file, with the same rules for both (the file is first turned into the same plain values, lines remembered).
 * Every problem is collected and thrown at once as a {@link ReleasePlanException} naming the file, field and
 * line. See the package documentation for the format.
 */
public final class ReleasePlanParser {

    private static final Set<String> FIELDS = Set.of("strategy", "steps", "scaleDownDelay", "onInconclusive",
            "lockWait", "lockTimeout", "analyses");
    private static final Map<String, ReleaseStrategy> STRATEGIES = names(ReleaseStrategy.values(),
            ReleaseStrategy::userName);
    private static final Map<String, InconclusivePolicy> ON_INCONCLUSIVE = names(InconclusivePolicy.values(),
            InconclusivePolicy::userName);

    private ReleasePlanParser() {
    }

    /** A whole plan from a Jenkinsfile map with the release file's keys. */
    public static ReleasePlan parse(Map<String, ?> values) {
        PlanReport report = new PlanReport(null);
        return plan(new PlanNode(values, "", report), report);
    }

    /**
     * A whole plan from a release file; {@code file} names it in errors (e.g. its path in the workspace),
     * {@code null} for text without a file (a form field: errors then name field and line only).
     */
    public static ReleasePlan parseYaml(String file, String text) {
        PlanReport report = new PlanReport(file);
        Optional<Object> values = ReleaseYaml.read(text, report);
        report.throwIfAny();
        return plan(new PlanNode(values.orElseThrow(), "", report), report);
    }

    /** The steps of a Jenkinsfile's {@code steps:} argument. */
    public static List<ReleaseStep> steps(ReleaseStrategy strategy, List<?> values) {
        PlanReport report = new PlanReport(null);
        Optional<List<ReleaseStep>> steps = steps(new PlanNode(values, "steps", report), strategy);
        report.throwIfAny();
        return steps.orElseThrow();
    }

    /** The strategy users name {@code canary} or {@code blueGreen}. */
    public static ReleaseStrategy strategy(String name) {
        PlanReport report = new PlanReport(null);
        Optional<ReleaseStrategy> strategy = new PlanNode(name, "strategy", report).choice(STRATEGIES);
        report.throwIfAny();
        return strategy.orElseThrow();
    }

    /** One analysis definition from values with the release file's keys (the platform model's analyses). */
    public static AnalysisDefinition analysis(Map<String, ?> values) {
        PlanReport report = new PlanReport(null);
        Optional<AnalysisDefinition> analysis = AnalysisReader.read(new PlanNode(values, "", report));
        report.throwIfAny();
        return analysis.orElseThrow();
    }

    private static ReleasePlan plan(PlanNode root, PlanReport report) {
        Map<String, PlanNode> fields = root.fields(FIELDS).orElse(Map.of());
        ReleaseStrategy strategy = field(fields, "strategy", n -> n.choice(STRATEGIES), ReleaseStrategy.CANARY);
        Optional<List<ReleaseStep>> steps = Optional.ofNullable(fields.get("steps"))
                .map(n -> steps(n, strategy)).orElse(Optional.of(List.of()));
        Duration scaleDownDelay = field(fields, "scaleDownDelay", n -> n.duration(false), null);
        InconclusivePolicy onInconclusive = field(fields, "onInconclusive", n -> n.choice(ON_INCONCLUSIVE),
                InconclusivePolicy.PAUSE);
        boolean lockWait = field(fields, "lockWait", PlanNode::bool, false);
        Duration lockTimeout = field(fields, "lockTimeout", n -> n.duration(true), ReleasePlan.DEFAULT_LOCK_TIMEOUT);
        List<AnalysisDefinition> analyses = Optional.ofNullable(fields.get("analyses"))
                .map(ReleasePlanParser::analyses).orElse(List.of());
        report.throwIfAny();
        return new ReleasePlan(strategy, steps.orElseThrow(), scaleDownDelay, onInconclusive, lockWait, lockTimeout,
                analyses);
    }

    private static Optional<List<ReleaseStep>> steps(PlanNode node, ReleaseStrategy strategy) {
        return node.items().map(items -> {
            List<ReleaseStep> steps = new ArrayList<>();
            items.forEach(item -> StepReader.read(item, strategy).ifPresent(steps::add));
            return steps;
        });
    }

    private static List<AnalysisDefinition> analyses(PlanNode node) {
        List<AnalysisDefinition> analyses = new ArrayList<>();
        Set<String> names = new HashSet<>();
        node.items().orElse(List.of()).forEach(item -> AnalysisReader.read(item).ifPresent(analysis -> {
            if (names.add(analysis.name())) {
                analyses.add(analysis);
            } else {
                item.problem("analysis.duplicate", analysis.name());
            }
        }));
        return analyses;
    }

    /** A field's value, or {@code absent} when it is missing; an invalid value is reported and gives the default. */
    private static <T> T field(Map<String, PlanNode> fields, String key, Function<PlanNode, Optional<T>> read,
            T absent) {
        PlanNode node = fields.get(key);
        return node == null ? absent : read.apply(node).orElse(absent);
    }

    private static <E extends Enum<E>> Map<String, E> names(E[] values, Function<E, String> userName) {
        return Arrays.stream(values).collect(Collectors.toMap(userName, v -> v, (a, b) -> a, LinkedHashMap::new));
    }
}
