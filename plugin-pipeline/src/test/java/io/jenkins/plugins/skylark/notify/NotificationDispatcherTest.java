package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries, backoff, Retry-After and failOnError, against the vendors' simulated answers. */
class NotificationDispatcherTest extends ChannelSimulator {

    private static final String DING = "/robot/send";
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private static final String TOO_FAST = "{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}";

    private final FakeTime time = new FakeTime();
    private final List<String> log = new ArrayList<>();
    private final NotificationDispatcher dispatcher = new NotificationDispatcher(new RateLimiter(time),
            RetryPolicy.DEFAULT, NotificationDispatcher.DEFAULT_MAX_RATE_WAIT, time, () -> 0.0);

    private ChatChannel ding(String id) {
        return ChatChannel.of(id, ChannelKind.DINGTALK, new ChannelEndpoint(url(DING + "?access_token=tok-" + id), null));
    }

    private DispatchResult send(Channel... channels) {
        return dispatcher.dispatch(sample("Deployed orders"), List.of(channels), DispatchListener.logTo(log::add));
    }

    /** The stub answers {@code first} to the first {@code times} requests, then {@code then}. */
    private void answerInTurn(String path, int times, ResponseDefinitionBuilder first, String then) {
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            server.stubFor(WireMock.post(WireMock.urlPathEqualTo(path)).inScenario("turns").whenScenarioStateIs(state)
                    .willReturn(first).willSetStateTo("after-" + i));
            state = "after-" + i;
        }
        server.stubFor(WireMock.post(WireMock.urlPathEqualTo(path)).inScenario("turns").whenScenarioStateIs(state)
                .willReturn(WireMock.okJson(then)));
    }

    @Test
    void shouldRetryDingTalksSendTooFastWithExponentialBackoff() {
        answerInTurn(DING, 2, WireMock.okJson(TOO_FAST), OK);

        DispatchResult result = send(ding("ops"));

        assertThat(result.allSent()).isTrue();
        assertThat(result.outcomes().get(0).attempts()).isEqualTo(3);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(log.get(0)).isEqualTo("Channel 'ops': attempt 1 failed (The channel refused the message: "
                + "errcode 130101, errmsg send too fast, exceed 20 times per minute); retrying in 2 s");
        server.verify(3, WireMock.postRequestedFor(WireMock.urlPathEqualTo(DING)));
    }

    @Test
    void shouldRetryAServerErrorThenGiveUpWithTheLastErrorAfterThreeAttempts() {
        answer(DING, 502, "text/html", "<html>Bad Gateway</html>");

        ChannelOutcome outcome = send(ding("ops")).outcomes().get(0);

        assertThat(outcome.sent()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.error()).isEqualTo("The channel answered HTTP 502: <html>Bad Gateway</html>");
        assertThat(outcome.describe()).startsWith("Could not notify 'ops' (3 attempt(s)): The channel answered HTTP 502");
        server.verify(3, WireMock.postRequestedFor(WireMock.urlPathEqualTo(DING)));
    }

    @Test
    void shouldNotRetryARefusalSuchAsABadSignatureOrMissingKeyword() {
        answer(DING, 200, "application/json", "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");

        ChannelOutcome outcome = send(ding("ops")).outcomes().get(0);

        assertThat(outcome.sent()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.error()).contains("errcode 310000, errmsg sign not match");
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void shouldHonourSlacksRetryAfter() {
        String hook = "/services/T000/B000/XXXXSECRETXXXX";
        answerInTurn(hook, 1, WireMock.aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("rate_limited"), "{}");
        ChatChannel slack = ChatChannel.of("team", ChannelKind.SLACK, new ChannelEndpoint(url(hook), null));

        DispatchResult result = send(slack);

        assertThat(result.allSent()).isTrue();
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void shouldGiveUpWhenRetryAfterIsLongerThanASendMayWait() {
        String hook = "/services/T000/B000/XXXXSECRETXXXX";
        server.stubFor(WireMock.post(WireMock.urlPathEqualTo(hook)).willReturn(
                WireMock.aResponse().withStatus(429).withHeader("Retry-After", "600").withBody("rate_limited")));
        ChatChannel slack = ChatChannel.of("team", ChannelKind.SLACK, new ChannelEndpoint(url(hook), null));

        ChannelOutcome outcome = send(slack).outcomes().get(0);

        assertThat(outcome.sent()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.error()).isEqualTo("The channel answered HTTP 429: rate_limited "
                + "(the channel asked to retry after 600 s, longer than the 60 s a send may wait)");
    }

    @Test
    void shouldRetryFeishusFrequencyLimitAnsweredWithHttp400() {
        String hook = "/open-apis/bot/v2/hook/hook-id-42";
        answerInTurn(hook, 1, WireMock.aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":11232,\"msg\":\"frequency limited\"}"), "{\"code\":0,\"msg\":\"success\"}");
        ChatChannel feishu = ChatChannel.of("lark", ChannelKind.FEISHU, new ChannelEndpoint(url(hook), null));

        assertThat(send(feishu).outcomes().get(0).attempts()).isEqualTo(2);
    }

    @Test
    void shouldReportEveryChannelAndFailOnErrorNamingOnlyTheFailedOnesById() {
        server.stubFor(WireMock.post(WireMock.urlPathEqualTo(DING)).withQueryParam("access_token", WireMock.equalTo("tok-ops"))
                .willReturn(WireMock.okJson(OK)));
        server.stubFor(WireMock.post(WireMock.urlPathEqualTo(DING)).withQueryParam("access_token", WireMock.equalTo("tok-dev"))
                .willReturn(WireMock.okJson("{\"errcode\":300001,\"errmsg\":\"token is not exist tok-dev\"}")));

        DispatchResult result = send(ding("ops"), ding("dev"));

        assertThat(result.failedChannelIds()).containsExactly("dev");
        assertThat(result.outcomes().get(0).describe()).isEqualTo("Notified 'ops' (1 attempt(s))");
        assertThatThrownBy(result::requireAllSent).isInstanceOf(NotificationFailedException.class)
                .hasMessageStartingWith("Notification failed for channel(s) dev: Could not notify 'dev'")
                .hasMessageContaining("errcode 300001").hasMessageNotContaining("tok-dev")
                .satisfies(e -> assertThat(((NotificationFailedException) e).channelIds()).containsExactly("dev"));
    }

    @Test
    void shouldMaskTheEndpointInAnExceptionASenderShouldNotHaveThrown() {
        ChannelEndpoint endpoint = new ChannelEndpoint(url(DING + "?access_token=tok-secret-1"), "SECsigning");
        ChannelSender broken = (notification, target) -> {
            throw new IllegalStateException("cannot post to " + target.url() + " with " + target.secret());
        };

        ChannelOutcome outcome = send(new ChatChannel("ops", ChannelKind.DINGTALK, endpoint, broken)).outcomes().get(0);

        assertThat(outcome.error()).startsWith("The channel's sender failed unexpectedly: IllegalStateException")
                .doesNotContain("tok-secret-1").doesNotContain("SECsigning");
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    void shouldRetryAnUnreachableChannelAndMaskItsUrl() {
        ChatChannel gone = ding("ops");
        server.stop();

        ChannelOutcome outcome = send(gone).outcomes().get(0);

        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.error()).startsWith("Could not reach the channel").doesNotContain("tok-ops");
        assertThat(String.join("\n", log)).doesNotContain("tok-ops");
    }

    @Test
    void shouldReportTheChannelsNotReachedWhenTheBuildIsAborted() {
        answer(DING, 200, "application/json", OK);
        Thread.currentThread().interrupt();
        try {
            DispatchResult result = send(ding("ops"), ding("dev"));
            assertThat(result.failedChannelIds()).containsExactly("ops", "dev");
            assertThat(result.failures().get(0).error()).isEqualTo("Interrupted while sending");
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
        }
        server.verify(0, WireMock.postRequestedFor(WireMock.anyUrl()));
    }
}
