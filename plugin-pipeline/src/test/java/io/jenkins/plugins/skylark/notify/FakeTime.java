package io.jenkins.plugins.skylark.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when someone "sleeps" on it: tests wait for nothing and time nothing. */
final class FakeTime extends Clock implements Sleeper {

    static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

    private volatile Instant now = START;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** Seconds since {@link #START}. */
    double elapsedSeconds() {
        return Duration.between(START, now).toMillis() / 1000.0;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
