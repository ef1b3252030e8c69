package io.jenkins.plugins.skylark.sonar.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.sonar.SonarSimulator;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookInboxes;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookPosts;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SonarQube's webhook posted to the real endpoint: only a post signed with the server's secret is stored. */
class SonarQubeWebhookReceiverTest {
    @RegisterExtension
    @Order(1)
    final JenkinsExtension jenkins = new JenkinsExtension();

    @RegisterExtension
    @Order(2)
    final ScanPlatform platform = new ScanPlatform(jenkins);

    private String stored() throws Exception {
        return WebhookInboxes.controller().find("sonarqube", SonarSimulator.TASK).orElse(null);
    }

    @Test
    void shouldStoreASignedPayloadUnderItsTaskFoundByServerUrl() throws Exception {
        String body = platform.sonar.webhook("webhook-ok.json");

        WebhookPosts.Answer answer = WebhookPosts.post("/sonarqube", body,
                ScanPlatform.signed(body, ScanPlatform.HOOK_SECRET));

        assertThat(answer).isEqualTo(new WebhookPosts.Answer(200, "Stored the result of SonarQube task "
                + SonarSimulator.TASK + "."));
        assertThat(stored()).isEqualTo(body);
    }

    @Test
    void shouldRefuseAWrongOrMissingSignatureAndStoreNothing() throws Exception {
        String body = platform.sonar.webhook("webhook-ok.json");
        String tampered = body.replace("\"OK\"", "\"ERROR\"");

        assertThat(WebhookPosts.post("/sonarqube", tampered, ScanPlatform.signed(body, ScanPlatform.HOOK_SECRET))
                .status()).isEqualTo(403);
        assertThat(WebhookPosts.post("/sonarqube", body, Map.of()).status()).isEqualTo(403);
        assertThat(stored()).isNull();
    }

    @Test
    void shouldTakeTheServerFromTheQueryWhenSonarQubeKnowsItselfByAnotherUrl() throws Exception {
        String body = platform.sonar.webhook("webhook-ok.json").replace(platform.sonar.url(), "https://sonar.internal");

        assertThat(WebhookPosts.post("/sonarqube", body, ScanPlatform.signed(body, ScanPlatform.HOOK_SECRET))
                .status()).isEqualTo(404);
        assertThat(WebhookPosts.post("/sonarqube?server=sq", body, ScanPlatform.signed(body, ScanPlatform.HOOK_SECRET))
                .status()).isEqualTo(200);
        assertThat(stored()).isEqualTo(body);
    }

    @Test
    void shouldAnswer400ForABodyThatIsNoWebhook() throws Exception {
        assertThat(WebhookPosts.post("/sonarqube", "{\"status\":\"SUCCESS\"}", Map.of()))
                .isEqualTo(new WebhookPosts.Answer(400, "The SonarQube webhook body has no taskId."));
    }
}
