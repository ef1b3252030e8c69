package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4 for tests: every line must be a HELP or TYPE comment or a
 * sample {@code name{label="value",...} value}; a family's TYPE comes before its samples; a series appears once;
 * histogram buckets are cumulative and the {@code +Inf} bucket equals {@code _count}. It fails naming the line.
 */
final class ExpositionCheck {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");

    /** One parsed sample line. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final Map<String, Sample> samples = new LinkedHashMap<>();

    private ExpositionCheck() {
    }

    /** Parses and checks the text; throws AssertionError naming the first bad line. */
    static ExpositionCheck parse(String text) {
        ExpositionCheck check = new ExpositionCheck();
        Map<String, String> types = new HashMap<>();
        String[] lines = text.split("\n", -1);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new AssertionError("the exposition must end with a newline");
        }
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                if (types.put(type.group(1), type.group(2)) != null) {
                    throw bad(i, line, "second TYPE for " + type.group(1));
                }
            } else if (!HELP.matcher(line).matches()) {
                check.sample(i, line, types);
            }
        }
        check.histograms(types);
        return check;
    }

    /** The value of the series {@code name} with exactly these labels, or null. */
    Double value(String name, Map<String, String> labels) {
        Sample sample = samples.get(name + new TreeMap<>(labels));
        return sample == null ? null : sample.value();
    }

    /** The sum over the series of {@code name} whose labels include these. */
    double sum(String name, Map<String, String> labels) {
        return samples.values().stream()
                .filter(x -> x.name().equals(name) && x.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    private void sample(int i, String line, Map<String, String> types) {
        Matcher m = SAMPLE.matcher(line);
        if (!m.matches()) {
            throw bad(i, line, "not a sample");
        }
        String name = m.group(1);
        String family = types.containsKey(name) ? name : name.replaceFirst("_(bucket|sum|count)$", "");
        if (!types.containsKey(family)) {
            throw bad(i, line, "no TYPE before the samples of " + name);
        }
        Map<String, String> labels = new TreeMap<>();
        String body = m.group(2) == null ? "" : m.group(2);
        Matcher l = LABEL.matcher(body);
        int at = 0;
        while (at < body.length()) {
            if (!l.find(at) || l.start() != at) {
                throw bad(i, line, "bad label at column " + at);
            }
            if (labels.put(l.group(1), l.group(2)) != null) {
                throw bad(i, line, "label " + l.group(1) + " twice");
            }
            at = l.end();
            if (at < body.length() && body.charAt(at++) != ',') {
                throw bad(i, line, "expected ',' at column " + (at - 1));
            }
        }
        double value;
        try {
            value = m.group(3).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw bad(i, line, "bad value " + m.group(3));
        }
        if (samples.put(name + labels, new Sample(name, labels, value)) != null) {
            throw bad(i, line, "series twice");
        }
    }

    private void histograms(Map<String, String> types) {
        Map<String, Double> last = new HashMap<>();
        for (Sample x : samples.values()) {
            String family = x.name().replaceFirst("_bucket$", "");
            if (!x.name().endsWith("_bucket") || !"histogram".equals(types.get(family))) {
                continue;
            }
            Map<String, String> series = new TreeMap<>(x.labels());
            if (series.remove("le") == null) {
                throw new AssertionError("bucket without le: " + x);
            }
            Double before = last.put(family + series, x.value());
            if (before != null && x.value() < before) {
                throw new AssertionError("buckets not cumulative: " + x);
            }
            if ("+Inf".equals(x.labels().get("le")) && !Double.valueOf(x.value()).equals(value(family + "_count",
                    series))) {
                throw new AssertionError("+Inf bucket differs from " + family + "_count: " + x);
            }
        }
    }

    private static AssertionError bad(int index, String line, String why) {
        return new AssertionError("line " + (index + 1) + ": " + why + ": " + line);
    }
}
