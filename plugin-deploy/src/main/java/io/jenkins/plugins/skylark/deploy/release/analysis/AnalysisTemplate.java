package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named analysis: a PromQL {@code query} returning one number, judged by {@code successCondition}
 * (e.g. {@code ">= 0.99"}), with an optional {@code sampleQuery} whose value below {@code minSampleSize}
 * makes a measurement "no data" (inconclusive, never a success). {@code count} measurements are taken,
 * one every {@code interval} ({@code 30s}, {@code 1m} …, also the {@code {{interval}}} window); the
 * analysis fails when more than {@code failureLimit} measurements failed and is inconclusive when more
 * than {@code inconclusiveLimit} had no data. {@code onError} says what a Prometheus error counts as
 * once retries are spent: {@link Verdict#FAILED} or {@link Verdict#INCONCLUSIVE}.
 *
 * @throws InvalidAnalysisException listing every invalid field by name
 */
public record AnalysisTemplate(String name, String query, String successCondition, String sampleQuery,
        double minSampleSize, String interval, int count, int failureLimit, int inconclusiveLimit, Verdict onError)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final LocalizedBundle TEXT = LocalizedBundle.of(AnalysisTemplate.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public AnalysisTemplate {
        sampleQuery = sampleQuery == null || sampleQuery.isBlank() ? null : sampleQuery;
        InvalidAnalysisException.throwIfAny(problems(name, query, successCondition, sampleQuery, minSampleSize,
                interval, count, failureLimit, inconclusiveLimit, onError));
    }

    /** The parsed {@link #successCondition()}. */
    public Condition condition() {
        return Condition.parse(successCondition).orElseThrow();
    }

    /** The parsed {@link #interval()}. */
    public Duration intervalDuration() {
        return PromDuration.parse(interval).orElseThrow();
    }

    public AnalysisTemplate withInterval(String newInterval) {
        return new AnalysisTemplate(name, query, successCondition, sampleQuery, minSampleSize, newInterval, count,
                failureLimit, inconclusiveLimit, onError);
    }

    public AnalysisTemplate withCount(int newCount, int newFailureLimit, int newInconclusiveLimit) {
        return new AnalysisTemplate(name, query, successCondition, sampleQuery, minSampleSize, interval, newCount,
                newFailureLimit, newInconclusiveLimit, onError);
    }

    public AnalysisTemplate withSuccessCondition(String newCondition) {
        return new AnalysisTemplate(name, query, newCondition, sampleQuery, minSampleSize, interval, count,
                failureLimit, inconclusiveLimit, onError);
    }

    public AnalysisTemplate withMinSampleSize(double newMinimum) {
        return new AnalysisTemplate(name, query, successCondition, sampleQuery, newMinimum, interval, count,
                failureLimit, inconclusiveLimit, onError);
    }

    public AnalysisTemplate withOnError(Verdict newOnError) {
        return new AnalysisTemplate(name, query, successCondition, sampleQuery, minSampleSize, interval, count,
                failureLimit, inconclusiveLimit, newOnError);
    }

    private static List<String> problems(String name, String query, String successCondition, String sampleQuery,
            double minSampleSize, String interval, int count, int failureLimit, int inconclusiveLimit,
            Verdict onError) {
        List<String> problems = new ArrayList<>();
        String label = name == null ? "?" : name;
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(TEXT.format("field.name", name));
        }
        if (query == null || query.isBlank()) {
            problems.add(TEXT.format("field.missing", label, "query"));
        } else {
            problems.addAll(Placeholders.problems(label, "query", query));
        }
        if (Condition.parse(successCondition).isEmpty()) {
            problems.add(TEXT.format("field.successCondition", label, successCondition));
        }
        if (sampleQuery != null) {
            problems.addAll(Placeholders.problems(label, "sampleQuery", sampleQuery));
        }
        if (!(minSampleSize >= 0) || Double.isInfinite(minSampleSize)) {
            problems.add(TEXT.format("field.minSampleSize", label, Numbers.format(minSampleSize)));
        } else if (minSampleSize > 0 && sampleQuery == null) {
            problems.add(TEXT.format("field.sampleQuery.missing", label, Numbers.format(minSampleSize)));
        }
        if (PromDuration.parse(interval).isEmpty()) {
            problems.add(TEXT.format("field.interval", label, interval));
        }
        if (count < 1) {
            problems.add(TEXT.format("field.count", label, count));
        }
        limitProblem(label, "failureLimit", failureLimit, count, problems);
        limitProblem(label, "inconclusiveLimit", inconclusiveLimit, count, problems);
        if (onError != Verdict.FAILED && onError != Verdict.INCONCLUSIVE) {
            problems.add(TEXT.format("field.onError", label, onError));
        }
        return problems;
    }

    private static void limitProblem(String label, String field, int limit, int count, List<String> problems) {
        if (limit < 0 || (count >= 1 && limit >= count)) {
            problems.add(TEXT.format("field.limit", label, field, limit, count));
        }
    }
}
