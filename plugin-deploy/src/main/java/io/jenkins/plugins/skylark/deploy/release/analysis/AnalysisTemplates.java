package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.AnalysisErrorPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Analysis definitions from maps, as a release file, the platform model or a step's arguments give
 * them: a whole definition ({@link #fromMap}) or changes to another one, e.g. a built-in with a shorter
 * interval ({@link #override}). Every problem names its field; unknown fields are refused, not ignored.
 */
public final class AnalysisTemplates {

    /** The fields a map may hold. */
    public static final Set<String> FIELDS = Set.of("query", "successCondition", "sampleQuery", "minSampleSize",
            "interval", "count", "failureLimit", "inconclusiveLimit", "onError");

    /** When a definition leaves them out: a measurement a minute, five in all, no failure allowed. */
    static final String DEFAULT_INTERVAL = "1m";
    static final int DEFAULT_COUNT = 5;

    private static final LocalizedBundle TEXT = LocalizedBundle.of(AnalysisTemplates.class);

    private AnalysisTemplates() {
    }

    /**
     * The analysis {@code name} defined by {@code fields}; {@code query} and {@code successCondition} are
     * required, the rest default to: no sample query, interval 1m, count 5, limits 0, onError INCONCLUSIVE.
     *
     * @throws InvalidAnalysisException listing every problem by field
     */
    public static AnalysisTemplate fromMap(String name, Map<String, ?> fields) {
        List<String> problems = new ArrayList<>();
        for (String required : List.of("query", "successCondition")) {
            if (fields.get(required) == null) {
                problems.add(TEXT.format("field.missing", name, required));
            }
        }
        InvalidAnalysisException.throwIfAny(problems);
        return read(name, fields, new AnalysisTemplate(name, "vector(0)", ">= 0", null, 0, DEFAULT_INTERVAL,
                DEFAULT_COUNT, 0, 0, Verdict.INCONCLUSIVE));
    }

    /**
     * {@code base} with the fields in {@code changes} replaced (its name kept).
     *
     * @throws InvalidAnalysisException listing every problem by field
     */
    public static AnalysisTemplate override(AnalysisTemplate base, Map<String, ?> changes) {
        return read(base.name(), changes, base);
    }

    /**
     * The runnable form of an analysis a release file or the platform model defines (the parser there has
     * checked its syntax; this checks the rest, e.g. placeholders, and names the field otherwise).
     */
    public static AnalysisTemplate from(AnalysisDefinition definition) {
        return new AnalysisTemplate(definition.name(), definition.query(), definition.successCondition(),
                definition.sampleQuery(), definition.sampleQuery() == null ? 0 : definition.minSampleSize(),
                PromDuration.format(definition.interval()), definition.count(), definition.failureLimit(),
                definition.inconclusiveLimit(),
                definition.onError() == AnalysisErrorPolicy.FAIL ? Verdict.FAILED : Verdict.INCONCLUSIVE);
    }

    private static AnalysisTemplate read(String name, Map<String, ?> fields, AnalysisTemplate base) {
        Reader reader = new Reader(name, fields);
        Set<String> unknown = new TreeSet<>(fields.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            reader.problems.add(TEXT.format("field.unknown", name, String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(FIELDS))));
        }
        String query = reader.text("query", base.query());
        String condition = reader.text("successCondition", base.successCondition());
        String sampleQuery = reader.text("sampleQuery", base.sampleQuery());
        double minSampleSize = reader.number("minSampleSize", base.minSampleSize());
        String interval = reader.text("interval", base.interval());
        int count = (int) reader.whole("count", base.count());
        int failureLimit = (int) reader.whole("failureLimit", base.failureLimit());
        int inconclusiveLimit = (int) reader.whole("inconclusiveLimit", base.inconclusiveLimit());
        Verdict onError = reader.onError(base.onError());
        InvalidAnalysisException.throwIfAny(reader.problems);
        return new AnalysisTemplate(name, query, condition, sampleQuery, minSampleSize, interval, count, failureLimit,
                inconclusiveLimit, onError);
    }

    /** Reads typed values, collecting a problem per field of the wrong type. */
    private static final class Reader {
        private final String name;
        private final Map<String, ?> fields;
        private final List<String> problems = new ArrayList<>();

        Reader(String name, Map<String, ?> fields) {
            this.name = name;
            this.fields = fields;
        }

        String text(String field, String fallback) {
            Object value = fields.get(field);
            if (value == null) {
                return fallback;
            }
            if (value instanceof CharSequence || value instanceof Number) {
                return value.toString();
            }
            problems.add(TEXT.format("field.type.text", name, field, value));
            return fallback;
        }

        double number(String field, double fallback) {
            Object value = fields.get(field);
            if (value == null) {
                return fallback;
            }
            try {
                return value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString().strip());
            } catch (NumberFormatException e) {
                problems.add(TEXT.format("field.type.number", name, field, value));
                return fallback;
            }
        }

        long whole(String field, int fallback) {
            double number = number(field, fallback);
            if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                problems.add(TEXT.format("field.type.whole", name, field, fields.get(field)));
                return fallback;
            }
            return (long) number;
        }

        Verdict onError(Verdict fallback) {
            Object value = fields.get("onError");
            if (value == null) {
                return fallback;
            }
            String text = value.toString().strip().toUpperCase(Locale.ROOT);
            if (text.equals("FAILED") || text.equals("INCONCLUSIVE")) {
                return Verdict.valueOf(text);
            }
            problems.add(TEXT.format("field.type.onError", name, value));
            return fallback;
        }
    }
}
