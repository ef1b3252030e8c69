package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters and classic histograms, written in the Prometheus text exposition format 0.0.4 exactly as the Go client
 * that the NGINX ingress controller uses writes them: counter names as registered (no {@code _total} added, which
 * the Java client would force), label names sorted, {@code le} values like {@code 0.005} and {@code +Inf}, families
 * without series left out.
 */
final class RequestMetrics {

    /** One metric family: a counter when {@code buckets} is null, else a histogram with these upper bounds. */
    record Family(String name, String help, double[] buckets) {
        String type() {
            return buckets == null ? "counter" : "histogram";
        }
    }

    private static final class Series {
        long count;
        double sum;
        long[] buckets;
    }

    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, Map<Map<String, String>, Series>> series = new LinkedHashMap<>();

    RequestMetrics(Family... declared) {
        for (Family f : declared) {
            families.put(f.name(), f);
            series.put(f.name(), new LinkedHashMap<>());
        }
    }

    /** Adds one to a counter. */
    synchronized void count(String family, Map<String, String> labels) {
        seriesOf(family, labels).count++;
    }

    /** Records one observation in a histogram. */
    synchronized void observe(String family, Map<String, String> labels, double value) {
        Series s = seriesOf(family, labels);
        double[] bounds = families.get(family).buckets();
        if (s.buckets == null) {
            s.buckets = new long[bounds.length];
        }
        s.count++;
        s.sum += value;
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                s.buckets[i]++;
                break;
            }
        }
    }

    /** The value of a counter series (0 when it has not been counted). */
    synchronized long value(String family, Map<String, String> labels) {
        Series s = series.get(family).get(new TreeMap<>(labels));
        return s == null ? 0 : s.count;
    }

    /** Every family in the text format 0.0.4. */
    synchronized String exposition() {
        StringBuilder out = new StringBuilder();
        for (Family f : families.values()) {
            Map<Map<String, String>, Series> all = series.get(f.name());
            if (all.isEmpty()) {
                continue;
            }
            if (!f.help().isEmpty()) {
                out.append("# HELP ").append(f.name()).append(' ').append(f.help()).append('\n');
            }
            out.append("# TYPE ").append(f.name()).append(' ').append(f.type()).append('\n');
            all.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                    .forEach(e -> write(out, f, e.getKey(), e.getValue()));
        }
        return out.toString();
    }

    private static void write(StringBuilder out, Family f, Map<String, String> labels, Series s) {
        if (f.buckets() == null) {
            sample(out, f.name(), labels, null, Long.toString(s.count));
            return;
        }
        long cumulative = 0;
        for (int i = 0; i < f.buckets().length; i++) {
            cumulative += s.buckets[i];
            sample(out, f.name() + "_bucket", labels, number(f.buckets()[i]), Long.toString(cumulative));
        }
        sample(out, f.name() + "_bucket", labels, "+Inf", Long.toString(s.count));
        sample(out, f.name() + "_sum", labels, null, number(s.sum));
        sample(out, f.name() + "_count", labels, null, Long.toString(s.count));
    }

    private static void sample(StringBuilder out, String name, Map<String, String> labels, String le, String value) {
        out.append(name).append('{');
        String separator = "";
        for (Map.Entry<String, String> l : labels.entrySet()) {
            out.append(separator).append(l.getKey()).append("=\"").append(escape(l.getValue())).append('"');
            separator = ",";
        }
        if (le != null) {
            out.append(separator).append("le=\"").append(le).append('"');
        }
        out.append("} ").append(value).append('\n');
    }

    static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private Series seriesOf(String family, Map<String, String> labels) {
        Map<Map<String, String>, Series> all = series.get(family);
        if (all == null) {
            throw new IllegalArgumentException("undeclared metric family " + family);
        }
        return all.computeIfAbsent(new TreeMap<>(labels), k -> new Series());
    }
}
