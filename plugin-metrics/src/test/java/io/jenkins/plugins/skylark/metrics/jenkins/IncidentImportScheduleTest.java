package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IncidentImportScheduleTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void shouldRunAtTheFirstTickThenOncePerInterval() {
        MovingClock clock = new MovingClock();
        IncidentImportSchedule schedule = new IncidentImportSchedule(clock);

        assertThat(schedule.due(15)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(schedule.due(15)).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(schedule.due(15)).isTrue();
        assertThat(schedule.due(15)).isFalse();
    }

    @Test
    void shouldNeverRunWhenTurnedOffAndFollowANewInterval() {
        MovingClock clock = new MovingClock();
        IncidentImportSchedule schedule = new IncidentImportSchedule(clock);

        assertThat(schedule.due(0)).isFalse();
        assertThat(schedule.due(60)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(schedule.due(60)).isFalse();
        assertThat(schedule.due(5)).isTrue();
    }
}
