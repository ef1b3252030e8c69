package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class WeComSenderTest extends ChannelSimulator {

    @Test
    void sendsAMarkdownMessage() {
        answer("/cgi-bin/webhook/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}");

        SendResult result = new WeComSender().send(sample("Deployed orders"),
                new ChannelEndpoint(url("/cgi-bin/webhook/send?key=key-abc"), null));

        assertThat(result.ok()).isTrue();
        JsonNode body = body(onlyRequest());
        assertThat(onlyRequest().queryParameter("key").firstValue()).isEqualTo("key-abc");
        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("content").asText()).contains("Deployed orders")
                .contains("**Application**: [orders](https://ci.example.com/skylark/shop/orders)");
    }

    @Test
    void reportsWeComsErrorWithoutTheKey() {
        answer("/cgi-bin/webhook/send", 200, "application/json",
                "{\"errcode\":93000,\"errmsg\":\"invalid webhook url key-abc, hint: [1]\"}");

        SendResult result = new WeComSender().send(sample("hello"),
                new ChannelEndpoint(url("/cgi-bin/webhook/send?key=key-abc"), null));

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("errcode 93000").contains("invalid webhook url").doesNotContain("key-abc");
    }

    @Test
    void aNonJsonAnswerIsAnHttpError() {
        answer("/cgi-bin/webhook/send", 502, "text/html", "<html>Bad Gateway</html>");
        SendResult result = new WeComSender().send(sample("hello"),
                new ChannelEndpoint(url("/cgi-bin/webhook/send?key=k"), null));
        assertThat(result.error()).contains("HTTP 502").contains("Bad Gateway");
    }
}
