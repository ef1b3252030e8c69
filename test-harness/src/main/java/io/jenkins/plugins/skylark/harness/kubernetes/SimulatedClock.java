package io.jenkins.plugins.skylark.harness.kubernetes;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake cluster's notion of time: wall-clock time since start multiplied by a speed factor, plus any time
 * the test skipped with {@link #advance(Duration)}. Pod start-up, crash back-off and progress deadlines are
 * measured on it, so tests stay fast without sleeping for the durations a real cluster would take.
 */
public final class SimulatedClock {

    private final double speed;
    private final long startNanos = System.nanoTime();
    private final Instant origin = Instant.now();
    private final AtomicLong skippedNanos = new AtomicLong();

    /** @param speed simulated seconds per real second (1 = real time) */
    public SimulatedClock(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0, was " + speed);
        }
        this.speed = speed;
    }

    /** Simulated now. */
    public Instant now() {
        long realNanos = System.nanoTime() - startNanos;
        return origin.plusNanos((long) (realNanos * speed) + skippedNanos.get());
    }

    /** Moves simulated time forward (e.g. past a progress deadline) without waiting. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot go back in time: " + duration);
        }
        skippedNanos.addAndGet(duration.toNanos());
    }

    public double speed() {
        return speed;
    }
}
