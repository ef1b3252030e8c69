package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SlackSenderTest extends ChannelSimulator {

    private static final String HOOK = "/services/T000/B000/XXXXSECRETXXXX";

    @Test
    void sendsTextAndAMrkdwnSection() {
        answer(HOOK, 200, "text/plain", "ok");

        SendResult result = new SlackSender().send(sample("Deployed <!channel> & more"),
                new ChannelEndpoint(url(HOOK), null));

        assertThat(result.ok()).isTrue();
        JsonNode body = body(onlyRequest());
        assertThat(body.path("text").asText()).isEqualTo("Success: Deployed &lt;!channel&gt; &amp; more");
        JsonNode section = body.path("blocks").get(0);
        assertThat(section.path("type").asText()).isEqualTo("section");
        assertThat(section.path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(section.path("text").path("text").asText())
                .doesNotContain("<!channel>")
                .contains("*Build*: <https://ci.example.com/job/shop/job/orders/12/|shop/orders #12>");
    }

    @Test
    void reportsSlacksPlainTextError() {
        answer(HOOK, 400, "text/plain", "invalid_payload");

        SendResult result = new SlackSender().send(sample("hello"), new ChannelEndpoint(url(HOOK), null));

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("HTTP 400").contains("invalid_payload").doesNotContain("XXXXSECRETXXXX");
    }

    @Test
    void anUnreachableChannelDoesNotLeakTheUrl() {
        String url = url(HOOK);
        server.stop();
        SendResult result = new SlackSender().send(sample("hello"), new ChannelEndpoint(url, null));
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).startsWith("Could not reach the channel").doesNotContain("XXXXSECRETXXXX");
    }
}
