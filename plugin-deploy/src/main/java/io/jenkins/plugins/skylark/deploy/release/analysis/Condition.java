package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A success condition: a comparator ({@code >=}, {@code >}, {@code <=}, {@code <}, {@code ==}) and a
 * threshold, written {@code ">= 0.99"} or {@code "< 500"}.
 * NaN never satisfies a condition.
 */
public record Condition(Operator operator, double threshold) implements Serializable {

    private static final Pattern SYNTAX = Pattern.compile("\\s*(>=|<=|==|>|<)\\s*([-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?)\\s*");

    /** The comparators a condition may use. */
    public enum Operator {
        GREATER_OR_EQUAL(">="), GREATER(">"), LESS_OR_EQUAL("<="), LESS("<"), EQUAL("==");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double value, double threshold) {
            return switch (this) {
                case GREATER_OR_EQUAL -> value >= threshold;
                case GREATER -> value > threshold;
                case LESS_OR_EQUAL -> value <= threshold;
                case LESS -> value < threshold;
                case EQUAL -> value == threshold;
            };
        }

        static Operator of(String symbol) {
            for (Operator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    /** The condition {@code text} stands for, or empty when it is not {@code <op> <number>}. */
    public static Optional<Condition> parse(String text) {
        Matcher matcher = SYNTAX.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Condition(Operator.of(matcher.group(1)), Double.parseDouble(matcher.group(2))));
    }

    public boolean isMetBy(double value) {
        return !Double.isNaN(value) && operator.holds(value, threshold);
    }

    @Override
    public String toString() {
        return operator.symbol + " " + Numbers.format(threshold);
    }
}
