package io.jenkins.plugins.skylark.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email channel: its id, its recipients (full addresses, or user names that the mailer completes
 * with its default e-mail suffix) and the transport. Mail servers have no documented per-list limit.
 */
public record EmailChannel(String id, List<String> recipients, EmailTransport transport) implements Channel {

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public EmailChannel {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(Messages.format("channel.idRequired"));
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException(Messages.format("email.recipientsRequired", id));
        }
        recipients = recipients.stream().map(recipient -> checked(id, recipient)).toList();
        Objects.requireNonNull(transport, "transport");
    }

    private static String checked(String id, String recipient) {
        String value = recipient == null ? "" : recipient.strip();
        if (USER_NAME.matcher(value).matches()) {
            return value;
        }
        try {
            new InternetAddress(value, true);
            if (value.contains("@")) {
                return value;
            }
        } catch (AddressException e) {
            // reported below with the field's name
        }
        throw new IllegalArgumentException(Messages.format("email.recipientInvalid", id, value));
    }

    @Override
    public String rateKey() {
        return "email:" + id;
    }

    @Override
    public RateLimit rateLimit() {
        return RateLimit.NONE;
    }

    @Override
    public SendResult send(Notification notification) {
        return transport.send(EmailMessage.of(notification), recipients);
    }
}
