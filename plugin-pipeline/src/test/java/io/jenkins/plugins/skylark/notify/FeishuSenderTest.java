package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class FeishuSenderTest extends ChannelSimulator {

    private static final String SECRET = "feishu-secret";
    private static final String HOOK = "/open-apis/bot/v2/hook/hook-id-42";

    @Test
    void sendsASignedRichTextPost() {
        answer(HOOK, 200, "application/json", "{\"code\":0,\"data\":{},\"msg\":\"success\"}");

        SendResult result = new FeishuSender().send(sample("Deployed <b>orders</b>"),
                new ChannelEndpoint(url(HOOK), SECRET));

        assertThat(result.ok()).isTrue();
        JsonNode body = body(onlyRequest());
        assertThat(feishuSigned(body, SECRET)).isTrue();
        assertThat(feishuSigned(body, "another")).isFalse();
        assertThat(body.path("msg_type").asText()).isEqualTo("post");
        JsonNode post = body.path("content").path("post").path("zh_cn");
        assertThat(post.path("title").asText()).contains("Success: Deployed <b>orders</b>");
        assertThat(post.path("content").get(0).get(0).path("text").asText()).isEqualTo("Deployed <b>orders</b>");
        JsonNode buildLink = post.path("content").get(1).get(1);
        assertThat(buildLink.path("tag").asText()).isEqualTo("a");
        assertThat(buildLink.path("href").asText()).isEqualTo("https://ci.example.com/job/shop/job/orders/12/");
    }

    @Test
    void aBotSignedWithAnotherSecretAnswersSignMatchFail() {
        answer(HOOK, 200, "application/json", "{\"code\":0,\"data\":{},\"msg\":\"success\"}");
        requireSignature(request -> feishuSigned(body(request), SECRET), 200,
                "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current time hook-id-42\"}");

        SendResult result = new FeishuSender().send(sample("hello"), new ChannelEndpoint(url(HOOK), "another"));

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("code 19021").contains("sign match fail").doesNotContain("hook-id-42");
    }

    @Test
    void readsTheOlderStatusCodeShape() {
        answer(HOOK, 200, "application/json", "{\"StatusCode\":0,\"StatusMessage\":\"success\"}");
        assertThat(new FeishuSender().send(sample("hello"), new ChannelEndpoint(url(HOOK), null)).ok()).isTrue();
        assertThat(body(onlyRequest()).has("sign")).isFalse();
    }
}
