package io.jenkins.plugins.skylark.notify.jenkins;

import io.jenkins.plugins.skylark.notify.EmailMessage;
import io.jenkins.plugins.skylark.notify.EmailTransport;
import io.jenkins.plugins.skylark.notify.MimeEmails;
import io.jenkins.plugins.skylark.notify.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import jenkins.plugins.mailer.tasks.MimeMessageBuilder;

/**
 * Sends email through the mailer plugin: its {@link MimeMessageBuilder} applies Jenkins' e-mail
 * settings (SMTP server and login, the administrator's address as sender, reply-to, the default suffix
 * for bare user names); the body is ours.
 */
public final class MailerEmailTransport implements EmailTransport {

    @Override
    public SendResult send(EmailMessage message, List<String> recipients) {
        try {
            MimeMessage mime = new MimeMessageBuilder().setCharset("UTF-8")
                    .addRecipients(String.join(" ", recipients)).buildMimeMessage();
            MimeEmails.fill(mime, message);
            return MimeEmails.send(mime);
        } catch (MessagingException | UnsupportedEncodingException e) {
            return MimeEmails.failure(e);
        }
    }
}
