package io.jenkins.plugins.skylark.notify;

import java.util.Objects;

/**
 * A chat robot or webhook: its id, kind, endpoint (URL and secret) and the sender for its kind. Its
 * sends are counted per endpoint, so two channel ids on the same robot share one rate limit.
 */
public record ChatChannel(String id, ChannelKind kind, ChannelEndpoint endpoint, ChannelSender sender)
        implements Channel {

    public ChatChannel {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(Messages.format("channel.idRequired"));
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(sender, "sender");
    }

    /** The channel with its kind's standard sender. */
    public static ChatChannel of(String id, ChannelKind kind, ChannelEndpoint endpoint) {
        return new ChatChannel(id, kind, endpoint, kind.sender());
    }

    @Override
    public String rateKey() {
        return kind.id() + ":" + endpoint.fingerprint();
    }

    @Override
    public RateLimit rateLimit() {
        return kind.rateLimit();
    }

    @Override
    public SendResult send(Notification notification) {
        return sender.send(notification, endpoint);
    }

    @Override
    public String redact(String text) {
        return endpoint.redact(text);
    }

    @Override
    public String toString() {
        return "ChatChannel[" + id + ", " + kind.id() + "]";
    }
}
