package io.jenkins.plugins.skylark.release;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads one analysis definition (the keys of {@link AnalysisDefinition}'s components) and checks its rules. */
final class AnalysisReader {

    static final Set<String> FIELDS = Set.of("name", "query", "sampleQuery", "successCondition", "interval",
            "count", "failureLimit", "inconclusiveLimit", "minSampleSize", "onError");
    /** Bounds a run: {@code interval × count} is how long the release waits. */
    static final int MAX_COUNT = 1000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Map<String, AnalysisErrorPolicy> ON_ERROR = Arrays.stream(AnalysisErrorPolicy.values())
            .collect(Collectors.toMap(AnalysisErrorPolicy::userName, p -> p, (a, b) -> a, LinkedHashMap::new));

    private AnalysisReader() {
    }

    static Optional<AnalysisDefinition> read(PlanNode node) {
        Optional<Map<String, PlanNode>> found = node.fields(FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, PlanNode> fields = found.get();
        Optional<String> name = required(node, fields, "name").flatMap(AnalysisReader::name);
        Optional<String> query = required(node, fields, "query").flatMap(AnalysisReader::query);
        Optional<String> sampleQuery = optional(fields, "sampleQuery").flatMap(AnalysisReader::query);
        Optional<String> condition = required(node, fields, "successCondition").flatMap(AnalysisReader::condition);
        Optional<Integer> count = optional(fields, "count").map(n -> n.integer(1, MAX_COUNT))
                .orElse(Optional.of(AnalysisDefinition.DEFAULT_COUNT));
        int limit = count.orElse(MAX_COUNT);
        Optional<Integer> failureLimit = optional(fields, "failureLimit").map(n -> limit(n, limit)).orElse(Optional.of(0));
        Optional<Integer> inconclusiveLimit = optional(fields, "inconclusiveLimit").map(n -> limit(n, limit))
                .orElse(Optional.of(0));
        Optional<Double> minSampleSize = optional(fields, "minSampleSize").map(n -> n.number(0))
                .orElse(Optional.of(AnalysisDefinition.DEFAULT_MIN_SAMPLE_SIZE));
        if (fields.containsKey("minSampleSize") && !fields.containsKey("sampleQuery")) {
            fields.get("minSampleSize").problem("analysis.minSampleWithoutQuery");
        }
        Optional<Duration> interval = optional(fields, "interval").map(n -> n.duration(true))
                .orElse(Optional.of(AnalysisDefinition.DEFAULT_INTERVAL));
        Optional<AnalysisErrorPolicy> onError = optional(fields, "onError").map(n -> n.choice(ON_ERROR))
                .orElse(Optional.of(AnalysisErrorPolicy.INCONCLUSIVE));
        if (name.isEmpty() || query.isEmpty() || condition.isEmpty() || count.isEmpty() || failureLimit.isEmpty()
                || inconclusiveLimit.isEmpty() || minSampleSize.isEmpty() || interval.isEmpty() || onError.isEmpty()
                || fields.containsKey("sampleQuery") && sampleQuery.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AnalysisDefinition(name.get(), query.get(), sampleQuery.orElse(null), condition.get(),
                interval.get(), count.get(), failureLimit.get(), inconclusiveLimit.get(),
                sampleQuery.isPresent() ? minSampleSize.get() : 0, onError.get()));
    }

    private static Optional<PlanNode> required(PlanNode parent, Map<String, PlanNode> fields, String key) {
        PlanNode node = fields.get(key);
        if (node == null) {
            parent.problem("plan.missingField", key);
        }
        return Optional.ofNullable(node);
    }

    private static Optional<PlanNode> optional(Map<String, PlanNode> fields, String key) {
        return Optional.ofNullable(fields.get(key));
    }

    static Optional<String> name(PlanNode node) {
        Optional<String> name = node.text();
        if (name.isPresent() && !AnalysisDefinition.isName(name.get())) {
            node.problem("analysis.name", name.get());
            return Optional.empty();
        }
        return name;
    }

    private static Optional<String> query(PlanNode node) {
        Optional<String> query = node.text();
        if (query.isEmpty()) {
            return query;
        }
        Matcher matcher = PLACEHOLDER.matcher(query.get());
        boolean known = true;
        while (matcher.find()) {
            if (!AnalysisDefinition.PLACEHOLDERS.contains(matcher.group(1))) {
                node.problem("analysis.placeholder", matcher.group(1),
                        String.join(", ", AnalysisDefinition.PLACEHOLDERS.stream().sorted().toList()));
                known = false;
            }
        }
        if (known && matcher.replaceAll("").contains("{{")) {
            node.problem("analysis.placeholderMalformed");
            known = false;
        }
        return known ? query : Optional.empty();
    }

    private static Optional<String> condition(PlanNode node) {
        Optional<String> text = node.text();
        if (text.isPresent() && SuccessCondition.parse(text.get()).isEmpty()) {
            node.problem("analysis.condition", text.get());
            return Optional.empty();
        }
        return text;
    }

    /** A limit of {@code count} or more could never be exceeded: the analysis could not fail / be inconclusive. */
    private static Optional<Integer> limit(PlanNode node, int count) {
        Optional<Integer> limit = node.integer(0, MAX_COUNT);
        if (limit.isPresent() && limit.get() >= count) {
            node.problem("analysis.limit", limit.get(), count);
            return Optional.empty();
        }
        return limit;
    }
}
