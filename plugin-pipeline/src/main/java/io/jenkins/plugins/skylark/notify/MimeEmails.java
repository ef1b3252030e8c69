package io.jenkins.plugins.skylark.notify;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Puts an {@link EmailMessage} into a {@link MimeMessage} (UTF-8 subject, {@code multipart/alternative}
 * with the plain text first and the HTML the reader prefers) and sends it, turning the mail server's
 * answer into a {@link SendResult}: a refused address or login is final, an unreachable server or an
 * SMTP 4xx ("try again later") is worth a retry.
 */
public final class MimeEmails {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeEmails() {
    }

    public static void fill(MimeMessage mime, EmailMessage message) throws MessagingException {
        mime.setSubject(message.subject(), UTF_8);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        mime.setContent(new MimeMultipart("alternative", text, html));
    }

    public static SendResult send(MimeMessage mime) {
        try {
            Transport.send(mime);
            return SendResult.success();
        } catch (MessagingException e) {
            return failure(e);
        }
    }

    /** The result for a message that could not be built or sent. */
    public static SendResult failure(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        boolean tryLater = !(e instanceof AuthenticationFailedException) && (hasIoCause(e) || detail.startsWith("4"));
        return tryLater ? SendResult.transientFailure(Messages.format("email.unreachable", detail), null)
                : SendResult.failed(Messages.format("email.refused", detail));
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
