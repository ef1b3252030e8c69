package io.jenkins.plugins.skylark.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every robot / webhook within its {@link RateLimit}, for all builds of one JVM: a send asks for
 * the next free slot and waits for it instead of being dropped. Slots are handed out first come, first
 * served (a later message never overtakes an earlier one on the same robot), and a slot further away
 * than the caller's maximum wait is refused rather than reserved. Thread-safe; it never sleeps itself.
 *
 * <p>Keys are fingerprints ({@link ChannelEndpoint#fingerprint()}), never webhook URLs: the map may be
 * seen in a heap dump or a debugger, and a URL carries the robot's token.
 */
public final class RateLimiter {

    private static final RateLimiter SHARED = new RateLimiter(Clock.systemUTC());

    private final Clock clock;
    private final Map<String, Robot> robots = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** The limiter every sender of this JVM shares (robots are shared by builds and jobs). */
    public static RateLimiter shared() {
        return SHARED;
    }

    /**
     * Reserves the next slot for {@code key} under {@code limit}, unless it lies more than
     * {@code maxWait} ahead; the caller waits {@link Reservation#delay()} and then sends.
     */
    public Reservation reserve(String key, RateLimit limit, Duration maxWait) {
        Instant now = clock.instant();
        if (limit.unlimited()) {
            return new Reservation(true, now, Duration.ZERO);
        }
        return robots.computeIfAbsent(key, k -> new Robot()).reserve(now, limit, maxWait);
    }

    /**
     * A slot: {@code granted} with the instant to send at and how long that is from now, or refused
     * with the wait it would have needed.
     */
    public record Reservation(boolean granted, Instant at, Duration delay) {
    }

    /** The sends (past and reserved) of one robot, oldest first. */
    private static final class Robot {
        private final Deque<Instant> sends = new ArrayDeque<>();

        synchronized Reservation reserve(Instant now, RateLimit limit, Duration maxWait) {
            Instant horizon = now.minus(limit.horizon());
            while (!sends.isEmpty() && !sends.peekFirst().isAfter(horizon)) {
                sends.removeFirst();
            }
            Instant at = earliest(now, limit);
            Duration wait = Duration.between(now, at);
            if (wait.compareTo(maxWait) > 0) {
                return new Reservation(false, at, wait);
            }
            sends.addLast(at);
            return new Reservation(true, at, wait);
        }

        /**
         * The first instant, not before the last reservation, at which every window holds fewer sends
         * than its permits. Moving later only lets old sends leave a window, so the loop settles.
         */
        private Instant earliest(Instant now, RateLimit limit) {
            Instant at = sends.isEmpty() || now.isAfter(sends.peekLast()) ? now : sends.peekLast();
            boolean moved = true;
            while (moved) {
                moved = false;
                for (RateLimit.Window window : limit.windows()) {
                    List<Instant> inWindow = within(at.minus(window.per()));
                    if (inWindow.size() >= window.permits()) {
                        Instant free = inWindow.get(inWindow.size() - window.permits()).plus(window.per());
                        if (free.isAfter(at)) {
                            at = free;
                            moved = true;
                        }
                    }
                }
            }
            return at;
        }

        private List<Instant> within(Instant after) {
            List<Instant> result = new ArrayList<>();
            for (Instant send : sends) {
                if (send.isAfter(after)) {
                    result.add(send);
                }
            }
            return result;
        }
    }
}
