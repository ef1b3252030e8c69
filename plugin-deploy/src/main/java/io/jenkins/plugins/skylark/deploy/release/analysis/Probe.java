package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Takes one measurement: the analysis' queries, rendered once, run against the metric source and judged. */
final class Probe {

    private static final LocalizedBundle TEXT = LocalizedBundle.of(Probe.class);

    private final AnalysisTemplate template;
    private final String query;
    private final String sampleQuery;
    private final MetricSource source;
    private final Clock clock;

    private Probe(AnalysisTemplate template, String query, String sampleQuery, MetricSource source, Clock clock) {
        this.template = template;
        this.query = query;
        this.sampleQuery = sampleQuery;
        this.source = source;
        this.clock = clock;
    }

    /**
     * Renders the template's queries with {@code placeholders} ({@code interval} comes from the template).
     *
     * @throws InvalidAnalysisException naming every placeholder without a value
     */
    static Probe of(AnalysisTemplate template, Map<String, String> placeholders, MetricSource source, Clock clock) {
        Map<String, String> values = new HashMap<>(placeholders);
        values.put(Placeholders.INTERVAL, template.interval());
        String query = Placeholders.render(template.name(), "query", template.query(), values);
        String sample = template.sampleQuery() == null ? null
                : Placeholders.render(template.name(), "sampleQuery", template.sampleQuery(), values);
        return new Probe(template, query, sample, source, clock);
    }

    String query() {
        return query;
    }

    String sampleQuery() {
        return sampleQuery;
    }

    Measurement measure(Consumer<String> log) throws InterruptedException {
        String time = clock.instant().toString();
        try {
            Double sample = sampleQuery == null ? null : single(sampleQuery, log);
            Double value = single(query, log);
            return new Measurement(time, value, sample, judge(value, sample), null);
        } catch (PrometheusException e) {
            return new Measurement(time, null, null, template.onError(), e.getMessage());
        }
    }

    private Verdict judge(Double value, Double sample) {
        boolean enoughData = sampleQuery == null || (sample != null && sample >= template.minSampleSize());
        if (!enoughData || value == null) {
            return Verdict.INCONCLUSIVE;
        }
        return template.condition().isMetBy(value) ? Verdict.SUCCESSFUL : Verdict.FAILED;
    }

    /** The one number {@code promql} returns; {@code null} for no series or NaN ("no data"). */
    private Double single(String promql, Consumer<String> log) throws PrometheusException, InterruptedException {
        List<QueryResult.Sample> samples = source.query(promql, log).samples();
        if (samples.size() > 1) {
            throw new PrometheusException(PrometheusException.Kind.BAD_RESPONSE,
                    TEXT.format("query.manySeries", template.name(), samples.size(), promql));
        }
        if (samples.isEmpty() || Double.isNaN(samples.get(0).value())) {
            return null;
        }
        return samples.get(0).value();
    }
}
