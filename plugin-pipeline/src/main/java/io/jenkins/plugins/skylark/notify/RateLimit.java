package io.jenkins.plugins.skylark.notify;

import java.time.Duration;
import java.util.List;

/**
 * How many messages one robot / webhook accepts: every window must hold, e.g. Feishu's 5 per second
 * and 100 per minute. {@link #NONE} for channels without a documented limit.
 */
public record RateLimit(List<Window> windows) {

    /** At most {@code permits} sends in any interval of length {@code per}. */
    public record Window(int permits, Duration per) {
        public Window {
            if (permits < 1 || per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("a rate window needs at least one permit per positive duration");
            }
        }
    }

    public static final RateLimit NONE = new RateLimit(List.of());

    public RateLimit {
        windows = List.copyOf(windows);
    }

    public static RateLimit of(Window... windows) {
        return new RateLimit(List.of(windows));
    }

    public static Window perMinute(int permits) {
        return new Window(permits, Duration.ofMinutes(1));
    }

    public static Window perSecond(int permits) {
        return new Window(permits, Duration.ofSeconds(1));
    }

    boolean unlimited() {
        return windows.isEmpty();
    }

    /** The longest window: how much history the limiter must keep. */
    Duration horizon() {
        return windows.stream().map(Window::per).max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
