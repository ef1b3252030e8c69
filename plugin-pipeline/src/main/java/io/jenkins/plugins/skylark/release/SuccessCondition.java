package io.jenkins.plugins.skylark.release;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An analysis's success condition: a comparison of the query's value with a number, written
 * {@code ">= 0.99"}, {@code "< 500"}, {@code "<= 0.01"} or {@code "> 0"} (what plugin-deploy's analysis runtime
 * evaluates; equality is left out, as measured rates are rarely exact). Deliberately no
 * expression language: what an analysis accepts must be readable at a glance in a release file.
 *
 * @param operator one of {@code >=}, {@code >}, {@code <=}, {@code <}
 * @param threshold the number compared with
 */
public record SuccessCondition(String operator, double threshold) implements Serializable {

    private static final Pattern SYNTAX =
            Pattern.compile("\\s*(>=|<=|>|<)\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*");

    /** The condition written as {@code text}, or empty when it is not {@code <operator> <number>}. */
    public static Optional<SuccessCondition> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double threshold = Double.parseDouble(matcher.group(2));
        return Double.isFinite(threshold) ? Optional.of(new SuccessCondition(matcher.group(1), threshold))
                : Optional.empty();
    }

    /** Whether a measured value meets the condition; NaN (Prometheus' 0/0) never does. */
    public boolean test(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (operator) {
            case ">=" -> value >= threshold;
            case ">" -> value > threshold;
            case "<=" -> value <= threshold;
            case "<" -> value < threshold;
            default -> throw new IllegalStateException("unknown operator " + operator);
        };
    }

    @Override
    public String toString() {
        return operator + " " + threshold;
    }
}
