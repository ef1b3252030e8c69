package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which answers are worth another send, as each vendor signals "too many, try later". */
class RetryClassificationTest extends ChannelSimulator {

    private SendResult dingTalk(String body) {
        answer("/robot/send", 200, "application/json", body);
        return new DingTalkSender().send(sample("hi"), new ChannelEndpoint(url("/robot/send?access_token=t"), null));
    }

    private SendResult weCom(String body) {
        answer("/cgi-bin/webhook/send", 200, "application/json", body);
        return new WeComSender().send(sample("hi"), new ChannelEndpoint(url("/cgi-bin/webhook/send?key=k1"), null));
    }

    private SendResult slack(int status, String body) {
        answer("/services/T0/B0/XSECRETX", status, "text/plain", body);
        return new SlackSender().send(sample("hi"), new ChannelEndpoint(url("/services/T0/B0/XSECRETX"), null));
    }

    @Test
    void shouldRetryDingTalkSendTooFastButNotASignatureOrKeywordError() {
        assertThat(dingTalk("{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}").retryable())
                .isTrue();
        assertThat(dingTalk("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}").retryable()).isFalse();
        assertThat(dingTalk("{\"errcode\":300001,\"errmsg\":\"token is not exist\"}").retryable()).isFalse();
    }

    @Test
    void shouldRetryWeComApiFreqOutOfLimitButNotAnInvalidKey() {
        assertThat(weCom("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}").retryable()).isTrue();
        assertThat(weCom("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}").retryable()).isFalse();
    }

    @Test
    void shouldRetryFeishuFrequencyLimitedButNotASignMismatch() {
        String hook = "/open-apis/bot/v2/hook/abc";
        answer(hook, 400, "application/json", "{\"code\":11232,\"msg\":\"frequency limited\"}");
        SendResult limited = new FeishuSender().send(sample("hi"), new ChannelEndpoint(url(hook), null));
        answer(hook, 200, "application/json", "{\"code\":19021,\"msg\":\"sign match fail\"}");
        SendResult badSign = new FeishuSender().send(sample("hi"), new ChannelEndpoint(url(hook), null));

        assertThat(limited.retryable()).isTrue();
        assertThat(limited.error()).isEqualTo("The channel refused the message: code 11232, msg frequency limited");
        assertThat(badSign.retryable()).isFalse();
    }

    @Test
    void shouldRetryHttp429And5xxButNot4xx() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/services/T0/B0/XSECRETX").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429).withHeader("Retry-After", "3")
                        .withBody("rate_limited")));
        SendResult limited = new SlackSender().send(sample("hi"), new ChannelEndpoint(url("/services/T0/B0/XSECRETX"), null));

        assertThat(limited.retryable()).isTrue();
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(slack(503, "service_unavailable").retryable()).isTrue();
        assertThat(slack(404, "no_service").retryable()).isFalse();
        assertThat(slack(400, "invalid_payload").retryable()).isFalse();
    }

    @Test
    void shouldReadRetryAfterAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-01-01T08:00:00Z");
        assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 08:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 07:00:00 GMT", now)).isZero();
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", now)).isNull();
    }
}
