package io.jenkins.plugins.skylark.notify;

/** Renders a {@link Notification} in one vendor's format and sends it. One implementation per channel kind. */
public interface ChannelSender {

    /** Sends once (no retry); never throws for a vendor or network error, it is in the result. */
    SendResult send(Notification notification, ChannelEndpoint endpoint);
}
