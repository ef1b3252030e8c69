package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

class DingTalkSenderTest extends ChannelSimulator {

    private static final String SECRET = "SEC0123456789abcdef";

    @Test
    void sendsASignedMarkdownMessage() {
        answer("/robot/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}");

        SendResult result = new DingTalkSender().send(sample("Deployed orders 1.4.2 to prod"),
                new ChannelEndpoint(url("/robot/send?access_token=tok123"), SECRET));

        assertThat(result).isEqualTo(SendResult.success());
        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("access_token").firstValue()).isEqualTo("tok123");
        assertThat(dingTalkSigned(request, SECRET)).isTrue();
        JsonNode body = body(request);
        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("title").asText()).isEqualTo("Success: Deployed orders 1.4.2 to prod");
        assertThat(body.path("markdown").path("text").asText())
                .contains("Deployed orders 1.4.2 to prod")
                .contains("**Build**: [shop/orders \\#12](https://ci.example.com/job/shop/job/orders/12/)")
                .contains("**Version**: 1.4.2");
    }

    @Test
    void aRobotSignedWithAnotherSecretAnswersSignNotMatch() {
        answer("/robot/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        requireSignature(request -> dingTalkSigned(request, SECRET), 200,
                "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");

        SendResult wrong = new DingTalkSender().send(sample("hello"),
                new ChannelEndpoint(url("/robot/send?access_token=tok123"), "SECother"));
        SendResult unsigned = new DingTalkSender().send(sample("hello"),
                new ChannelEndpoint(url("/robot/send?access_token=tok123"), null));
        SendResult right = new DingTalkSender().send(sample("hello"),
                new ChannelEndpoint(url("/robot/send?access_token=tok123"), SECRET));

        assertThat(wrong.error()).isEqualTo("The channel refused the message: errcode 310000, errmsg sign not match");
        assertThat(unsigned.error()).contains("errcode 310000");
        assertThat(right.ok()).isTrue();
    }

    @Test
    void anUnsignedRobotGetsNoSignParameters() {
        answer("/robot/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        new DingTalkSender().send(sample("hello"), new ChannelEndpoint(url("/robot/send?access_token=t"), null));
        assertThat(onlyRequest().getUrl()).isEqualTo("/robot/send?access_token=t");
    }

    @Test
    void reportsDingTalksErrorWithoutTheToken() { // e.g. a keyword rule the message misses
        answer("/robot/send", 200, "application/json",
                "{\"errcode\":310000,\"errmsg\":\"keywords not in content, more: [access_token=tok123]\"}");

        SendResult result = new DingTalkSender().send(sample("hello"),
                new ChannelEndpoint(url("/robot/send?access_token=tok123"), SECRET));

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("errcode 310000").contains("keywords not in content").doesNotContain("tok123");
    }

    @Test
    void userTextCannotInjectLinksOrHtml() {
        answer("/robot/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        new DingTalkSender().send(sample("[click](https://evil.example) <script>x</script> **bold**"),
                new ChannelEndpoint(url("/robot/send?access_token=t"), null));
        String text = body(onlyRequest()).path("markdown").path("text").asText();
        assertThat(text).doesNotContain("[click](").doesNotContain("<script>").doesNotContain("**bold**")
                .contains("\\[click\\]\\(https://evil.example\\)").contains("&lt;script&gt;");
    }
}
