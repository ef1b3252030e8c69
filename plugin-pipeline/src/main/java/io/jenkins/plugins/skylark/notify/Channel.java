package io.jenkins.plugins.skylark.notify;

/**
 * One configured destination of a notification, ready to send: a chat robot ({@link ChatChannel}) or
 * an email list ({@link EmailChannel}). The {@link NotificationDispatcher} rate-limits and retries it.
 */
public interface Channel {

    /** The channel's configured id: what logs, results and {@code failOnError} name (never a URL). */
    String id();

    /** The key its sends are counted under; sends to the same robot share it, it reveals no secret. */
    String rateKey();

    /** What the receiving end accepts. */
    RateLimit rateLimit();

    /** Sends once, never throwing for a vendor or network error (it is in the result). */
    SendResult send(Notification notification);

    /** The text with this channel's secrets masked, for errors that did not come from {@link #send}. */
    default String redact(String text) {
        return text;
    }
}
