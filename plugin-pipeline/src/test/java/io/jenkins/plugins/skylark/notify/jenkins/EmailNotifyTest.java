package io.jenkins.plugins.skylark.notify.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.tasks.Mailer;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.notify.SmtpSimulator;
import io.jenkins.plugins.skylark.platform.jenkins.ChannelConfig;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Email channels take the same path as chat channels: recipients from the model, Jenkins' mail settings. */
class EmailNotifyTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final NotifyPlatform platform = new NotifyPlatform();
    private final SmtpSimulator smtp = new SmtpSimulator();
    private StepRunner build;

    @BeforeEach
    void platformWithAMailChannel() throws Exception {
        ChannelConfig mail = NotifyPlatform.channel("release-mail", "prod", "email", null, null, "deploy-failed");
        mail.setRecipients("alice@example.com, release@example.org");
        platform.channels.add(mail);
        platform.start(jenkins);
        Mailer.descriptor().setSmtpHost("127.0.0.1");
        Mailer.descriptor().setSmtpPort(String.valueOf(smtp.port()));
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        build.environment().put("BUILD_URL", NotifyPlatform.BUILD_URL);
    }

    @AfterEach
    void stop() {
        platform.stop();
        smtp.close();
        Mailer.descriptor().setSmtpHost(null);
        Mailer.descriptor().setSmtpPort(null);
        Mailer.descriptor().setDefaultSuffix(null);
    }

    @Test
    void mailsTheStepsMessageToTheChannelsRecipients() throws Exception {
        PlatformNotifyStep step = new PlatformNotifyStep("orders <b>1.4.2</b> is live");
        step.setLevel("success");
        step.setChannels(List.of("release-mail"));

        Object result = NotifyPlatform.inside(build, "prod", step);

        assertThat(result).isEqualTo(Map.of("sent", List.of("release-mail"), "failed", List.of(), "errors", Map.of()));
        MimeMessage received = smtp.received()[0];
        assertThat(received.getSubject()).isEqualTo("Success: orders <b>1.4.2</b> is live");
        assertThat(Arrays.stream(received.getAllRecipients()).map(Object::toString))
                .containsExactly("alice@example.com", "release@example.org");
        assertThat(SmtpSimulator.part(received, "text/html")).contains("orders &lt;b&gt;1.4.2&lt;/b&gt; is live")
                .contains(NotifyPlatform.BUILD_URL);
    }

    @Test
    void mailsASubscribedDeliveryEvent() throws Exception {
        DeliveryEvent event = new DeliveryEvent("k", DeliveryEventType.DEPLOY_FAILED, "shop", "web", "prod",
                Instant.parse("2026-12-03T10:00:00Z"), "1.4.2", null, NotifyPlatform.BUILD_URL,
                Map.of("cause", "readiness probe failed"));

        DeliveryEventListener.publish(event, build.build(), build.workspace(),
                new StreamTaskListener(new ByteArrayOutputStream(), StandardCharsets.UTF_8));

        assertThat(smtp.received()).hasSize(2) // the mail server keeps one copy per recipient
                .extracting(MimeMessage::getSubject)
                .containsOnly("Failure: Deploy of web to prod failed: readiness probe failed");
    }
}
