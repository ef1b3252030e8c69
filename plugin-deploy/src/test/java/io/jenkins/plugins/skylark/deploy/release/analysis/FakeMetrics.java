package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A metric source answering each query from a script of answers, in order; records what was asked. */
final class FakeMetrics implements MetricSource {

    private final Map<String, Deque<Object>> answers = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    /** Queues answers for queries containing {@code fragment}: a Double (NaN allowed), null (no series) or an exception. */
    FakeMetrics answer(String fragment, Object... values) {
        Deque<Object> queue = answers.computeIfAbsent(fragment, key -> new ArrayDeque<>());
        for (Object value : values) {
            queue.add(value == null ? List.of() : value);
        }
        return this;
    }

    @Override
    public QueryResult query(String promql, Consumer<String> log) throws PrometheusException {
        asked.add(promql);
        Object next = answers.entrySet().stream().filter(entry -> promql.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("unexpected query " + promql)).poll();
        if (next instanceof PrometheusException e) {
            throw e;
        }
        if (next instanceof Double value) {
            return new QueryResult("vector", List.of(new QueryResult.Sample(Map.of(), value)));
        }
        if (next instanceof Integer series) {
            List<QueryResult.Sample> samples = new ArrayList<>();
            for (int i = 0; i < series; i++) {
                samples.add(new QueryResult.Sample(Map.of("pod", "p" + i), 1));
            }
            return new QueryResult("vector", samples);
        }
        if (next == null) {
            throw new AssertionError("no answer left for " + promql);
        }
        return new QueryResult("vector", List.of());
    }
}
