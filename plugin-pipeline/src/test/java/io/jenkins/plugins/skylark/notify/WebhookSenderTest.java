package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

class WebhookSenderTest extends ChannelSimulator {

    @Test
    void sendsTheNotificationAsSignedJson() {
        answer("/hooks/skylark", 204, "text/plain", "");

        SendResult result = new WebhookSender().send(sample("Deployed"), new ChannelEndpoint(url("/hooks/skylark"), "s3cret"));

        assertThat(result.ok()).isTrue();
        LoggedRequest request = onlyRequest();
        assertThat(webhookSigned(request, "s3cret")).isTrue();
        assertThat(webhookSigned(request, "other")).isFalse();
        JsonNode body = body(request);
        assertThat(body.path("level").asText()).isEqualTo("success");
        assertThat(body.path("message").asText()).isEqualTo("Deployed");
        assertThat(body.path("links").get(0).path("kind").asText()).isEqualTo("build");
        assertThat(body.path("links").get(2).path("text").asText()).isEqualTo("1.4.2");
        assertThat(body.path("links").get(2).has("url")).isFalse();
    }

    @Test
    void noSecretNoSignatureHeader() {
        answer("/hooks/skylark", 200, "text/plain", "");
        new WebhookSender().send(sample("Deployed"), new ChannelEndpoint(url("/hooks/skylark"), null));
        assertThat(onlyRequest().containsHeader(WebhookSender.SIGNATURE_HEADER)).isFalse();
    }

    @Test
    void aTamperedBodyFailsTheCheck() {
        answer("/hooks/skylark", 200, "text/plain", "");
        new WebhookSender().send(sample("Deployed"), new ChannelEndpoint(url("/hooks/skylark"), "s3cret"));
        LoggedRequest request = onlyRequest();
        String header = request.getHeader(WebhookSender.SIGNATURE_HEADER);
        assertThat(Signatures.webhook("{\"level\":\"info\"}".getBytes(), "s3cret")).isNotEqualTo(header);
    }

    @Test
    void aReceiverWithAnotherSecretRefusesAndItsAnswerIsReported() {
        answer("/hooks/skylark", 200, "text/plain", "");
        requireSignature(request -> webhookSigned(request, "s3cret"), 401, "{\"error\":\"bad signature\"}");
        SendResult result = new WebhookSender().send(sample("x"), new ChannelEndpoint(url("/hooks/skylark"), "other"));
        assertThat(result.error()).contains("HTTP 401").contains("bad signature");
    }
}
