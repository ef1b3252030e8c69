package io.jenkins.plugins.skylark.notify;

import java.util.List;

/**
 * Sends an {@link EmailMessage}; in Jenkins through the mailer plugin's SMTP settings
 * ({@code notify.jenkins.MailerEmailTransport}). Never throws for a mail-server error: it is in the result.
 */
@FunctionalInterface
public interface EmailTransport {

    SendResult send(EmailMessage message, List<String> recipients);
}
