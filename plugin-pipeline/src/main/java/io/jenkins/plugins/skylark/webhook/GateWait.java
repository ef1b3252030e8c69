package io.jenkins.plugins.skylark.webhook;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * When a step waiting for a server's verdict (a quality gate, an image scan) looks where. It checks the
 * {@link WebhookInbox} at every tick; during the webhook-only grace it asks the server nothing, after it
 * it polls, waiting 2 s, 4 s, 8 s … (at most 30 s) between polls; at the total timeout it gives up. So a
 * lost webhook costs the grace plus one poll, and nothing waits forever.
 *
 * <p>Immutable and pure: every answer is computed from the given time and the saved epoch milliseconds,
 * so an execution keeps one (it is serialisable) across a controller restart and calls {@link #polled}
 * after each poll. A failed poll (a server answering 503) counts as a poll: the next one backs off too.
 */
public final class GateWait implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    public static final Duration TICK = Duration.ofSeconds(1);

    private final long startedAt;
    private final long graceMillis;
    private final long timeoutMillis;
    private final long firstBackoffMillis;
    private final long maxBackoffMillis;
    private final long tickMillis;
    private final int polls;
    private final long lastPollAt;

    private GateWait(long startedAt, long graceMillis, long timeoutMillis, long firstBackoffMillis,
            long maxBackoffMillis, long tickMillis, int polls, long lastPollAt) {
        this.startedAt = startedAt;
        this.graceMillis = graceMillis;
        this.timeoutMillis = timeoutMillis;
        this.firstBackoffMillis = firstBackoffMillis;
        this.maxBackoffMillis = maxBackoffMillis;
        this.tickMillis = tickMillis;
        this.polls = polls;
        this.lastPollAt = lastPollAt;
    }

    /**
     * A wait starting {@code now} with the default backoff and tick.
     *
     * @param grace how long only the inbox is checked ({@code 0} = poll at once)
     * @param timeout the total time after which the wait gives up, counted from {@code now}
     */
    public static GateWait start(Instant now, Duration grace, Duration timeout) {
        require(!grace.isNegative(), "webhook grace must not be negative, was " + grace);
        require(timeout.compareTo(Duration.ZERO) > 0, "timeout must be positive, was " + timeout);
        return new GateWait(now.toEpochMilli(), grace.toMillis(), timeout.toMillis(), FIRST_BACKOFF.toMillis(),
                MAX_BACKOFF.toMillis(), TICK.toMillis(), 0, 0);
    }

    /** The same wait with another backoff: {@code first}, doubling up to {@code max}. */
    public GateWait withBackoff(Duration first, Duration max) {
        require(first.toMillis() > 0, "first backoff must be positive, was " + first);
        require(max.compareTo(first) >= 0, "max backoff " + max + " is shorter than the first " + first);
        return new GateWait(startedAt, graceMillis, timeoutMillis, first.toMillis(), max.toMillis(), tickMillis,
                polls, lastPollAt);
    }

    /** The same wait checking the inbox every {@code tick}. */
    public GateWait withTick(Duration tick) {
        require(tick.toMillis() > 0, "tick must be positive, was " + tick);
        return new GateWait(startedAt, graceMillis, timeoutMillis, firstBackoffMillis, maxBackoffMillis,
                tick.toMillis(), polls, lastPollAt);
    }

    /** After a poll at {@code at} (successful or not). */
    public GateWait polled(Instant at) {
        return new GateWait(startedAt, graceMillis, timeoutMillis, firstBackoffMillis, maxBackoffMillis, tickMillis,
                polls + 1, at.toEpochMilli());
    }

    /** Whether the total timeout has passed at {@code now}. */
    public boolean timedOut(Instant now) {
        return now.toEpochMilli() >= deadline().toEpochMilli();
    }

    /** Whether the server should be asked at {@code now}: the grace is over and the backoff has passed. */
    public boolean pollNow(Instant now) {
        return !timedOut(now) && now.toEpochMilli() >= nextPoll().toEpochMilli();
    }

    /** When to look again (inbox, poll or timeout, whichever comes first), never before {@code now}. */
    public Instant nextCheck(Instant now) {
        long at = Math.min(now.toEpochMilli() + tickMillis, Math.min(nextPoll().toEpochMilli(),
                deadline().toEpochMilli()));
        return Instant.ofEpochMilli(Math.max(at, now.toEpochMilli()));
    }

    /** When the next poll is due: the grace's end, then the last poll plus the backoff. */
    public Instant nextPoll() {
        if (polls == 0) {
            return Instant.ofEpochMilli(startedAt + graceMillis);
        }
        return Instant.ofEpochMilli(lastPollAt + backoff(polls));
    }

    public Instant deadline() {
        return Instant.ofEpochMilli(startedAt + timeoutMillis);
    }

    public Instant startedAt() {
        return Instant.ofEpochMilli(startedAt);
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    public Duration grace() {
        return Duration.ofMillis(graceMillis);
    }

    /** How many polls were made. */
    public int polls() {
        return polls;
    }

    /** Whether the grace has passed and the wait polls (the webhook was lost, or the server sends none). */
    public boolean polling(Instant now) {
        return now.toEpochMilli() >= startedAt + graceMillis;
    }

    /** The wait after the {@code n}th poll: first × 2^(n-1), capped. */
    private long backoff(int n) {
        long wait = firstBackoffMillis;
        for (int i = 1; i < n && wait < maxBackoffMillis; i++) {
            wait *= 2;
        }
        return Math.min(wait, maxBackoffMillis);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return "GateWait[started " + startedAt() + ", grace " + grace() + ", timeout " + timeout() + ", polls "
                + polls + "]";
    }
}
