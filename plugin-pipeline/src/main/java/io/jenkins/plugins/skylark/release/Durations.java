package io.jenkins.plugins.skylark.release;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as release files and Jenkinsfiles write them: hours, minutes and seconds in that order, each
 * at most once, e.g. {@code 30s}, {@code 5m}, {@code 1h}, {@code 1h30m}, {@code 2m30s} (Go's and Argo's
 * notation without fractions). A bare number is refused: {@code 300} could mean seconds or minutes.
 */
public final class Durations {

    private static final Pattern SYNTAX = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    /** Long enough for any release; keeps arithmetic on the parsed value clear of overflow. */
    private static final long MAX_SECONDS = Duration.ofDays(366).toSeconds();

    private Durations() {
    }

    /** The duration of {@code text}, or empty when it is not of the form {@code 1h30m10s} or too large. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = SYNTAX.matcher(text.trim());
        if (text.isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            long seconds = Math.addExact(Math.addExact(Math.multiplyExact(part(matcher, 1), 3600),
                    Math.multiplyExact(part(matcher, 2), 60)), part(matcher, 3));
            return seconds > MAX_SECONDS ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The notation {@link #parse} reads, shortest form: {@code 1h30m}, {@code 45s}, {@code 0s}. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        append(text, seconds / 3600, 'h');
        append(text, seconds % 3600 / 60, 'm');
        append(text, seconds % 60, 's');
        return text.toString();
    }

    private static long part(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static void append(StringBuilder text, long amount, char unit) {
        if (amount > 0) {
            text.append(amount).append(unit);
        }
    }
}
