package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DingTalk's 20 messages a minute per robot, through the dispatcher and the robot simulator. */
class RateLimitedDispatchTest extends ChannelSimulator {

    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(time);
    private final List<Instant> sentAt = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void robotAcceptsEverything() {
        answer("/robot/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    /** The robot, with each send's (fake) time noted. */
    private ChatChannel robot(String id) {
        ChannelSender timed = (notification, endpoint) -> {
            sentAt.add(time.instant());
            return ChannelKind.DINGTALK.sender().send(notification, endpoint);
        };
        return new ChatChannel(id, ChannelKind.DINGTALK, new ChannelEndpoint(url("/robot/send?access_token=t1"), null), timed);
    }

    private List<ChannelOutcome> sendMessages(int count, Duration maxRateWait, String... channelIds) {
        NotificationDispatcher dispatcher = new NotificationDispatcher(limiter, RetryPolicy.DEFAULT, maxRateWait, time,
                () -> 0.0);
        List<ChannelOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = channelIds[i % channelIds.length];
            outcomes.addAll(dispatcher.dispatch(sample("message " + i), List.of(robot(id)),
                    DispatchListener.logTo(log::add)).outcomes());
        }
        return outcomes;
    }

    @Test
    void shouldSendTwentyInTheFirstMinuteAndMakeTheOtherFiveWaitWithoutDroppingAny() {
        List<ChannelOutcome> outcomes = sendMessages(25, NotificationDispatcher.DEFAULT_MAX_RATE_WAIT, "ops");

        assertThat(outcomes).allMatch(ChannelOutcome::sent);
        server.verify(25, WireMock.postRequestedFor(WireMock.urlPathEqualTo("/robot/send")));
        assertThat(outcomes.subList(0, 20)).allMatch(outcome -> outcome.rateLimitWait().isZero());
        assertThat(outcomes.get(20).rateLimitWait()).isEqualTo(Duration.ofMinutes(1));
        assertThat(outcomes.get(20).describe()).isEqualTo("Notified 'ops' (1 attempt(s), after waiting 60 s for its rate limit)");
        assertThat(sentAt.stream().filter(at -> at.isBefore(FakeTime.START.plusSeconds(60)))).hasSize(20);
        assertThat(RateLimiterTest.maxIn(sentAt, Duration.ofMinutes(1))).isEqualTo(20);
        assertThat(log).containsExactly("Channel 'ops': waiting 60 s for its rate limit");
    }

    @Test
    void shouldShareTheLimitBetweenChannelIdsOnTheSameRobot() {
        sendMessages(21, NotificationDispatcher.DEFAULT_MAX_RATE_WAIT, "ops", "alerts");
        assertThat(time.elapsedSeconds()).isEqualTo(60.0);
    }

    @Test
    void shouldFailClearlyInsteadOfWaitingLongerThanAllowed() {
        List<ChannelOutcome> outcomes = sendMessages(21, Duration.ofSeconds(30), "ops");

        ChannelOutcome last = outcomes.get(20);
        assertThat(last.sent()).isFalse();
        assertThat(last.attempts()).isZero();
        assertThat(last.error()).isEqualTo("Not sent: the channel's rate limit would hold the message back 60 s, "
                + "longer than the 30 s a send may wait");
        server.verify(20, WireMock.postRequestedFor(WireMock.urlPathEqualTo("/robot/send")));
    }
}
