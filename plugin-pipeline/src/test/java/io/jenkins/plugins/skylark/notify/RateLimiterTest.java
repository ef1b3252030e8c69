package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Duration LONG = Duration.ofHours(1);

    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(time);

    @Test
    void shouldLetTwentyDingTalkMessagesThroughAndHoldTheNextFiveForAMinute() {
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            delays.add(limiter.reserve("robot", ChannelKind.DINGTALK.rateLimit(), LONG).delay());
        }
        assertThat(delays.subList(0, 20)).containsOnly(Duration.ZERO);
        assertThat(delays.subList(20, 25)).containsOnly(Duration.ofMinutes(1));
    }

    @Test
    void shouldKeepFeishuWithinFivePerSecondAndAHundredPerMinute() {
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            slots.add(limiter.reserve("bot", ChannelKind.FEISHU.rateLimit(), LONG).at());
        }
        assertThat(maxIn(slots, Duration.ofSeconds(1))).isEqualTo(5);
        assertThat(maxIn(slots, Duration.ofMinutes(1))).isEqualTo(100);
        // 100 go out in the first 20 s (5 a second), the 101st has to wait for the minute to pass.
        assertThat(Duration.between(FakeTime.START, slots.get(99))).isEqualTo(Duration.ofSeconds(19));
        assertThat(Duration.between(FakeTime.START, slots.get(100))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldFreeSlotsAsTimePasses() {
        for (int i = 0; i < 20; i++) {
            limiter.reserve("robot", ChannelKind.WECOM.rateLimit(), LONG);
        }
        time.sleep(Duration.ofSeconds(61));
        assertThat(limiter.reserve("robot", ChannelKind.WECOM.rateLimit(), LONG).delay()).isZero();
    }

    @Test
    void shouldRefuseASlotFurtherAwayThanTheMaximumWaitWithoutReservingIt() {
        for (int i = 0; i < 20; i++) {
            limiter.reserve("robot", ChannelKind.DINGTALK.rateLimit(), LONG);
        }
        RateLimiter.Reservation refused = limiter.reserve("robot", ChannelKind.DINGTALK.rateLimit(), Duration.ofSeconds(30));
        assertThat(refused.granted()).isFalse();
        assertThat(refused.delay()).isEqualTo(Duration.ofMinutes(1));

        RateLimiter.Reservation next = limiter.reserve("robot", ChannelKind.DINGTALK.rateLimit(), LONG);
        assertThat(next.delay()).as("the refused slot was not taken").isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldCountEachRobotSeparatelyAndNotLimitTheGenericWebhook() {
        for (int i = 0; i < 20; i++) {
            limiter.reserve("robot-a", ChannelKind.DINGTALK.rateLimit(), LONG);
        }
        assertThat(limiter.reserve("robot-b", ChannelKind.DINGTALK.rateLimit(), LONG).delay()).isZero();
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.reserve("hook", RateLimit.NONE, Duration.ZERO).granted()).isTrue();
        }
    }

    @Test
    void shouldNeverOverbookWhenManyThreadsAskAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Instant>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(pool.submit(() -> limiter.reserve("robot", ChannelKind.DINGTALK.rateLimit(), LONG).at()));
        }
        List<Instant> slots = new ArrayList<>();
        for (Future<Instant> future : futures) {
            slots.add(future.get());
        }
        pool.shutdown();
        assertThat(maxIn(slots, Duration.ofMinutes(1))).isEqualTo(20);
        assertThat(slots).hasSize(200);
        assertThat(Collections.max(slots)).isEqualTo(FakeTime.START.plus(Duration.ofMinutes(9)));
    }

    /** The most slots that fall into any window of length {@code per} (ends exclusive, as the vendors count). */
    static int maxIn(List<Instant> slots, Duration per) {
        List<Instant> sorted = new ArrayList<>(slots);
        Collections.sort(sorted);
        int max = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Instant end = sorted.get(i).plus(per);
            int count = 0;
            for (int j = i; j < sorted.size() && sorted.get(j).isBefore(end); j++) {
                count++;
            }
            max = Math.max(max, count);
        }
        return max;
    }
}
