package io.jenkins.plugins.skylark.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait policy as a table of times, all relative to the start (T0). */
class GateWaitTest {
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private final GateWait wait = GateWait.start(T0, Duration.ofSeconds(30), Duration.ofMinutes(10));

    @Test
    void shouldOnlyCheckTheInboxDuringTheGrace() {
        assertThat(wait.pollNow(at(0))).isFalse();
        assertThat(wait.pollNow(at(29))).isFalse();
        assertThat(wait.polling(at(29))).isFalse();
        assertThat(wait.nextCheck(at(10))).isEqualTo(at(11));
        assertThat(wait.nextCheck(T0.plusMillis(29_500))).isEqualTo(at(30));
        assertThat(wait.pollNow(at(30))).isTrue();
    }

    @Test
    void shouldBackOffExponentiallyUpToTheCap() {
        List<Long> gaps = new ArrayList<>();
        GateWait current = wait;
        Instant now = at(30);
        for (int poll = 0; poll < 7; poll++) {
            current = current.polled(now);
            Instant next = current.nextPoll();
            gaps.add(Duration.between(now, next).toSeconds());
            assertThat(current.pollNow(next.minusMillis(1))).isFalse();
            assertThat(current.pollNow(next)).isTrue();
            now = next;
        }
        assertThat(gaps).containsExactly(2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(current.polls()).isEqualTo(7);
    }

    @Test
    void shouldGiveUpAtTheTotalTimeoutEvenWhenAPollIsDue() {
        GateWait late = wait.polled(at(599));

        assertThat(late.timedOut(at(599))).isFalse();
        assertThat(late.timedOut(at(600))).isTrue();
        assertThat(late.pollNow(at(601))).isFalse();
        assertThat(late.nextCheck(T0.plusMillis(599_500))).isEqualTo(at(600));
    }

    @Test
    void shouldPollAtOnceWithoutGraceAndUseTheGivenBackoffAndTick() {
        GateWait quick = GateWait.start(T0, Duration.ZERO, Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(100), Duration.ofMillis(300)).withTick(Duration.ofMillis(50));

        assertThat(quick.pollNow(T0)).isTrue();
        GateWait after = quick.polled(T0).polled(T0.plusMillis(100)).polled(T0.plusMillis(300));
        assertThat(after.nextPoll()).isEqualTo(T0.plusMillis(600));
        assertThat(after.nextCheck(T0.plusMillis(300))).isEqualTo(T0.plusMillis(350));
    }

    @Test
    void shouldNeverScheduleACheckInThePast() {
        GateWait overdue = wait.polled(at(30));

        assertThat(overdue.nextCheck(at(100))).isEqualTo(at(100));
    }

    @Test
    void shouldReadBackTheSameStateAfterSerialisation() throws Exception {
        GateWait saved = wait.polled(at(30)).polled(at(32));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(saved);
        }
        GateWait read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (GateWait) in.readObject();
        }

        assertThat(read.polls()).isEqualTo(2);
        assertThat(read.nextPoll()).isEqualTo(at(36));
        assertThat(read.deadline()).isEqualTo(at(600));
    }

    @Test
    void shouldRefuseANonPositiveTimeoutAndANegativeGrace() {
        assertThatThrownBy(() -> GateWait.start(T0, Duration.ZERO, Duration.ZERO))
                .hasMessage("timeout must be positive, was PT0S");
        assertThatThrownBy(() -> GateWait.start(T0, Duration.ofSeconds(-1), Duration.ofMinutes(1)))
                .hasMessage("webhook grace must not be negative, was PT-1S");
    }
}
