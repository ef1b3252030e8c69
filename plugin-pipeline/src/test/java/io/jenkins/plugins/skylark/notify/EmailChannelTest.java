package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The email channel against a real SMTP server in the test JVM. */
class EmailChannelTest {

    private static final Notification DEPLOYED = new Notification("部署成功 <orders> 1.4.2", Level.SUCCESS, List.of(
            new Notification.Link(Notification.LinkKind.BUILD, "shop/orders #12", "https://ci.example.com/job/orders/12/")));

    /** Sends as an adapter would: a session, a sender, our body. */
    private static EmailTransport through(SmtpSimulator smtp) {
        return (message, recipients) -> {
            try {
                MimeMessage mime = new MimeMessage(smtp.session());
                mime.setFrom(new InternetAddress("jenkins@example.com"));
                mime.setRecipients(Message.RecipientType.TO, String.join(",", recipients));
                MimeEmails.fill(mime, message);
                return MimeEmails.send(mime);
            } catch (Exception e) {
                return MimeEmails.failure(e);
            }
        };
    }

    @Test
    void shouldDeliverAPlainTextAndAnHtmlAlternativeWithAUtf8Subject() throws Exception {
        try (SmtpSimulator smtp = new SmtpSimulator()) {
            EmailChannel channel = new EmailChannel("release", List.of("ops@example.com", "dev@example.com"), through(smtp));

            assertThat(channel.send(DEPLOYED).ok()).isTrue();

            MimeMessage received = smtp.received()[0];
            assertThat(smtp.received()).hasSize(2); // one copy per recipient's mailbox
            assertThat(received.getSubject()).isEqualTo("Success: 部署成功 <orders> 1.4.2");
            assertThat(received.getContentType()).startsWith("multipart/alternative");
            assertThat(SmtpSimulator.part(received, "text/plain")).startsWith("部署成功 <orders> 1.4.2\n\nBuild: shop/orders #12");
            assertThat(SmtpSimulator.part(received, "text/html")).contains("部署成功 &lt;orders&gt; 1.4.2")
                    .contains("<a href=\"https://ci.example.com/job/orders/12/\">shop/orders #12</a>");
            assertThat(GreenMailUtil.getAddressList(received.getAllRecipients()))
                    .isEqualTo("ops@example.com, dev@example.com");
        }
    }

    @Test
    void shouldRetryWhenTheMailServerCannotBeReached() {
        SmtpSimulator smtp = new SmtpSimulator();
        smtp.close();
        FakeTime time = new FakeTime();
        NotificationDispatcher dispatcher = new NotificationDispatcher(new RateLimiter(time), RetryPolicy.DEFAULT,
                Duration.ofMinutes(1), time, () -> 0.0);

        ChannelOutcome outcome = dispatcher.dispatch(DEPLOYED,
                List.of(new EmailChannel("release", List.of("ops@example.com"), through(smtp)))).outcomes().get(0);

        assertThat(outcome.sent()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.error()).startsWith("Could not send through the mail server: ");
    }

    @Test
    void shouldNameTheChannelAndFieldOfABadRecipient() {
        EmailTransport unused = (message, recipients) -> SendResult.success();
        assertThat(new EmailChannel("ops", List.of(" alice ", "bob@example.com"), unused).recipients())
                .containsExactly("alice", "bob@example.com");
        assertThatThrownBy(() -> new EmailChannel("ops", List.of("bob@example.com", "not an address"), unused))
                .hasMessage("The email channel 'ops' has an invalid recipient 'not an address' (field 'recipients'): "
                        + "use an e-mail address or a user name");
        assertThatThrownBy(() -> new EmailChannel("ops", List.of(), unused))
                .hasMessage("The email channel 'ops' needs at least one recipient (field 'recipients')");
    }
}
