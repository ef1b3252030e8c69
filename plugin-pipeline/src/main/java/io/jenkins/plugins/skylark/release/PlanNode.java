package io.jenkins.plugins.skylark.release;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One value of a release plan (from Groovy maps or a YAML file: plain Map, List, String, Number, Boolean) with
 * its field path. Reading a value that has the wrong shape reports a problem naming the path and returns empty,
 * so the parse goes on and finds the other mistakes too.
 */
final class PlanNode {

    private final Object value;
    private final String path;
    private final PlanReport report;

    PlanNode(Object value, String path, PlanReport report) {
        this.value = value;
        this.path = path;
        this.report = report;
    }

    String path() {
        return path;
    }

    void problem(String key, Object... args) {
        report.add(path, key, args);
    }

    /** The fields of a mapping; a key outside {@code allowed} is reported, so a misspelt field is not ignored. */
    Optional<Map<String, PlanNode>> fields(Set<String> allowed) {
        if (!(value instanceof Map<?, ?> map)) {
            problem("plan.expectedMapping");
            return Optional.empty();
        }
        Map<String, PlanNode> fields = new LinkedHashMap<>();
        map.forEach((key, child) -> {
            String name = String.valueOf(key);
            PlanNode node = new PlanNode(child, path.isEmpty() ? name : path + "." + name, report);
            if (allowed.contains(name)) {
                fields.put(name, node);
            } else {
                node.problem("plan.unknownField", String.join(", ", allowed.stream().sorted().toList()));
            }
        });
        return Optional.of(fields);
    }

    boolean isEmptyMapping() {
        return value instanceof Map<?, ?> map && map.isEmpty();
    }

    Optional<List<PlanNode>> items() {
        if (!(value instanceof List<?> list)) {
            problem("plan.expectedList");
            return Optional.empty();
        }
        return Optional.of(IntStream.range(0, list.size())
                .mapToObj(i -> new PlanNode(list.get(i), path + "[" + i + "]", report)).toList());
    }

    /** A non-blank scalar as text; numbers and booleans as written (a header value {@code true}). */
    Optional<String> text() {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            String text = value.toString().trim();
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        problem("plan.expectedText");
        return Optional.empty();
    }

    /** A whole number (or text of digits) in {@code min..max}. */
    Optional<Integer> integer(int min, int max) {
        Optional<BigDecimal> number = decimal();
        if (number.isPresent() && isWhole(number.get())) {
            BigInteger whole = number.get().toBigIntegerExact();
            if (whole.compareTo(BigInteger.valueOf(min)) >= 0 && whole.compareTo(BigInteger.valueOf(max)) <= 0) {
                return Optional.of(whole.intValueExact());
            }
            problem("plan.outOfRange", number.get().toPlainString(), min, max);
            return Optional.empty();
        }
        problem("plan.expectedInteger", value);
        return Optional.empty();
    }

    /** A number, at least {@code min}. */
    Optional<Double> number(double min) {
        Optional<BigDecimal> number = decimal();
        if (number.isEmpty()) {
            problem("plan.expectedNumber", value);
        } else if (number.get().doubleValue() < min) {
            problem("plan.tooSmall", number.get().toPlainString(), formatNumber(min));
        } else {
            return Optional.of(number.get().doubleValue());
        }
        return Optional.empty();
    }

    Optional<Boolean> bool() {
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        if (value instanceof String text && (text.equals("true") || text.equals("false"))) {
            return Optional.of(Boolean.parseBoolean(text));
        }
        problem("plan.expectedBoolean", value);
        return Optional.empty();
    }

    /** A duration like {@code 30s} or {@code 1h30m}; {@code positive} refuses zero. */
    Optional<Duration> duration(boolean positive) {
        if (!(value instanceof CharSequence)) {
            problem("plan.expectedDuration", value);
            return Optional.empty();
        }
        Optional<Duration> duration = Durations.parse(value.toString());
        if (duration.isEmpty()) {
            problem("plan.expectedDuration", value);
        } else if (positive && duration.get().isZero()) {
            problem("plan.zeroDuration", value);
            return Optional.empty();
        }
        return duration;
    }

    /** One of the names {@code names} (as users write them), case-sensitive. */
    <E extends Enum<E>> Optional<E> choice(Map<String, E> names) {
        Optional<String> text = text();
        if (text.isPresent() && !names.containsKey(text.get())) {
            problem("plan.expectedChoice", text.get(), String.join(", ", names.keySet()));
            return Optional.empty();
        }
        return text.map(names::get);
    }

    private Optional<BigDecimal> decimal() {
        try {
            if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof BigInteger) {
                return Optional.of(new BigDecimal(value.toString()));
            }
            if (value instanceof BigDecimal decimal) {
                return Optional.of(decimal);
            }
            if (value instanceof Double || value instanceof Float) {
                double number = ((Number) value).doubleValue();
                return Double.isFinite(number) ? Optional.of(BigDecimal.valueOf(number)) : Optional.empty();
            }
            if (value instanceof CharSequence text && text.toString().trim().matches("[-+]?\\d+(\\.\\d+)?")) {
                return Optional.of(new BigDecimal(text.toString().trim()));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static String formatNumber(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
