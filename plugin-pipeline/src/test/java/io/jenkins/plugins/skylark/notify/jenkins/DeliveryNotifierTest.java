package io.jenkins.plugins.skylark.notify.jenkins;

import static io.jenkins.plugins.skylark.notify.jenkins.NotifyPlatform.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.notify.SignatureChecks;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Delivery events reach the channels subscribed to them, through the extension point the deploy steps publish on. */
class DeliveryNotifierTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final NotifyPlatform platform = new NotifyPlatform();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private StepRunner build;

    @BeforeEach
    void platformWithChannels() throws Exception {
        platform.start(jenkins);
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
    }

    @AfterEach
    void stopSimulator() {
        platform.stop();
    }

    @Test
    void sendsAFailedDeployWithItsCauseToTheSubscribedChannelsOnly() throws Exception {
        publish(event(DeliveryEventType.DEPLOY_FAILED, "prod", Map.of("cause", "rollout of web timed out")));

        assertThat(platform.requests("/hooks/ops")).isEmpty(); // project-wide, but not subscribed
        JsonNode oncall = body(platform.requests("/hooks/oncall").get(0));
        assertThat(oncall.path("level").asText()).isEqualTo("failure");
        assertThat(oncall.path("message").asText()).isEqualTo("Deploy of web to prod failed: rollout of web timed out");
        assertThat(oncall.path("links").toString()).contains("\"text\":\"registry/shop/web@sha256:abc\"",
                "\"url\":\"" + NotifyPlatform.BUILD_URL + "\"");
        assertThat(SignatureChecks.dingTalk(platform.requests("/robot/send").get(0), NotifyPlatform.DING_SECRET)).isTrue();
        assertThat(log()).contains("Notified 'oncall' (1 attempt(s))", "Notified 'ding' (1 attempt(s))");
    }

    @Test
    void sendsAnEnvironmentScopedChannelOnlyItsEnvironmentsEvents() throws Exception {
        publish(event(DeliveryEventType.DEPLOY_FAILED, "dev", Map.of("cause", "ImagePullBackOff")));
        publish(event(DeliveryEventType.ROLLED_BACK, "dev", Map.of("reason", "requested")));

        assertThat(platform.requests("/hooks/oncall")).isEmpty();
        assertThat(platform.requests("/robot/send")).hasSize(1); // ding: deploy-failed only
    }

    @Test
    void sendsNothingForAnEventNoChannelSubscribesTo() throws Exception {
        publish(event(DeliveryEventType.DEPLOYED, "prod", Map.of()));

        assertThat(platform.allRequests()).isEmpty();
        assertThat(log()).doesNotContain("Notifying");
    }

    @Test
    void aFailedSendIsLoggedWithoutSecretsAndDoesNotFailThePublisher() throws Exception {
        platform.answer("/robot/send", 200, "{\"errcode\":300001,\"errmsg\":\"token " + NotifyPlatform.DING_TOKEN
                + " is not exist\"}");

        publish(event(DeliveryEventType.DEPLOY_FAILED, "prod", Map.of("cause", "timeout")));

        assertThat(platform.requests("/hooks/oncall")).hasSize(1);
        assertThat(log()).contains("Could not notify 'ding' (1 attempt(s)): The channel refused the message: "
                + "errcode 300001, errmsg token *** is not exist").doesNotContain(NotifyPlatform.DING_TOKEN)
                .doesNotContain(NotifyPlatform.DING_SECRET).doesNotContain(platform.server.baseUrl());
    }

    private void publish(DeliveryEvent event) throws InterruptedException {
        DeliveryEventListener.publish(event, build.build(), build.workspace(),
                new StreamTaskListener(console, StandardCharsets.UTF_8));
    }

    private String log() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private DeliveryEvent event(DeliveryEventType type, String environment, Map<String, String> attributes) {
        String version = "registry/shop/web@sha256:abc";
        return new DeliveryEvent(DeliveryEventListener.keyFor(build.build(), type, "web", environment, version), type,
                "shop", "web", environment, Instant.parse("2026-12-03T10:00:00Z"), version, null,
                NotifyPlatform.BUILD_URL, attributes);
    }
}
