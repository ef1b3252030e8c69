package io.jenkins.plugins.skylark.notify.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.tasks.Mailer;
import io.jenkins.plugins.skylark.notify.DispatchResult;
import io.jenkins.plugins.skylark.notify.EmailChannel;
import io.jenkins.plugins.skylark.notify.Level;
import io.jenkins.plugins.skylark.notify.Notification;
import io.jenkins.plugins.skylark.notify.NotificationDispatcher;
import io.jenkins.plugins.skylark.notify.SmtpSimulator;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The email channel through the mailer plugin's settings and message builder, to a real SMTP server. */
class MailerEmailTransportTest {

    private final SmtpSimulator smtp = new SmtpSimulator();

    @AfterEach
    void stop() {
        smtp.close();
        Mailer.descriptor().setSmtpHost(null);
        Mailer.descriptor().setSmtpPort(null);
        Mailer.descriptor().setDefaultSuffix(null);
    }

    @Test
    void shouldSendThroughJenkinsMailSettingsCompletingBareUserNames() throws Exception {
        Mailer.descriptor().setSmtpHost("127.0.0.1");
        Mailer.descriptor().setSmtpPort(String.valueOf(smtp.port()));
        Mailer.descriptor().setDefaultSuffix("@example.com");
        EmailChannel channel = new EmailChannel("release", List.of("alice", "bob@example.org"), new MailerEmailTransport());

        DispatchResult result = new NotificationDispatcher().dispatch(
                new Notification("Rolled back orders to 1.4.1", Level.WARNING, List.of()), List.of(channel));

        assertThat(result.allSent()).isTrue();
        MimeMessage received = smtp.received()[0];
        assertThat(received.getSubject()).isEqualTo("Warning: Rolled back orders to 1.4.1");
        assertThat(Arrays.stream(received.getAllRecipients()).map(Object::toString))
                .containsExactly("alice@example.com", "bob@example.org");
        assertThat(SmtpSimulator.part(received, "text/html")).contains("Rolled back orders to 1.4.1");
    }

    @Test
    void shouldReportAnUnreachableMailServerAsTheChannelsError() {
        Mailer.descriptor().setSmtpHost("127.0.0.1");
        Mailer.descriptor().setSmtpPort(String.valueOf(smtp.port()));
        smtp.close();

        var outcome = new MailerEmailTransport().send(
                io.jenkins.plugins.skylark.notify.EmailMessage.of(new Notification("hello", Level.INFO, List.of())),
                List.of("ops@example.com"));

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.retryable()).isTrue();
        assertThat(outcome.error()).startsWith("Could not send through the mail server: Couldn't connect to host");
    }
}
