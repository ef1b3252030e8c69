package io.jenkins.plugins.skylark.notify.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.notify.Channel;
import io.jenkins.plugins.skylark.notify.ChannelOutcome;
import io.jenkins.plugins.skylark.notify.ChatChannel;
import io.jenkins.plugins.skylark.notify.DispatchListener;
import io.jenkins.plugins.skylark.notify.DispatchResult;
import io.jenkins.plugins.skylark.notify.EmailChannel;
import io.jenkins.plugins.skylark.notify.EmailTransport;
import io.jenkins.plugins.skylark.notify.Notification;
import io.jenkins.plugins.skylark.notify.NotificationDispatcher;
import io.jenkins.plugins.skylark.platform.ChannelKind;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one notification to model channels on behalf of a build: looks up each chat channel's endpoint
 * in the build's credentials (email channels go through Jenkins' mailer settings to their recipients), hands the channels to the {@link NotificationDispatcher} (rate limits shared
 * by every build, bounded retries) and writes one line per channel to the build log. A channel that
 * cannot be prepared (credential missing) is a failed channel like one the vendor refused, never an
 * exception: what to do about failures is the caller's ({@code failOnError}).
 */
final class ChannelDelivery {
    private static final NotificationDispatcher DISPATCHER = new NotificationDispatcher();
    /** Jenkins' mail settings (SMTP server, sender, default suffix) are read at each send. */
    private static final EmailTransport MAIL = new MailerEmailTransport();

    private ChannelDelivery() {
    }

    /** The outcomes in the order of {@code channels}. */
    static DispatchResult deliver(Notification notification, List<NotificationChannel> channels, Run<?, ?> run,
            PrintStream log) {
        Map<String, ChannelOutcome> unprepared = new LinkedHashMap<>();
        List<Channel> prepared = new ArrayList<>();
        for (NotificationChannel channel : channels) {
            try {
                prepared.add(prepare(channel, run));
            } catch (AbortException e) {
                unprepared.put(channel.id(), new ChannelOutcome(channel.id(), false, 0, Duration.ZERO, e.getMessage()));
            }
        }
        Map<String, ChannelOutcome> sent = new LinkedHashMap<>();
        DISPATCHER.dispatch(notification, prepared, DispatchListener.logTo(log::println)).outcomes()
                .forEach(outcome -> sent.put(outcome.channelId(), outcome));
        List<ChannelOutcome> outcomes = new ArrayList<>();
        for (NotificationChannel channel : channels) {
            ChannelOutcome outcome = unprepared.containsKey(channel.id()) ? unprepared.get(channel.id())
                    : sent.get(channel.id());
            log.println(outcome.describe());
            outcomes.add(outcome);
        }
        return new DispatchResult(outcomes);
    }

    private static Channel prepare(NotificationChannel channel, Run<?, ?> run) throws AbortException {
        if (channel.kind() == ChannelKind.EMAIL) {
            try {
                return new EmailChannel(channel.id(), channel.recipients(), MAIL);
            } catch (IllegalArgumentException e) { // names the channel and the recipient
                throw new AbortException(e.getMessage());
            }
        }
        io.jenkins.plugins.skylark.notify.ChannelKind kind =
                io.jenkins.plugins.skylark.notify.ChannelKind.valueOf(channel.kind().name());
        return ChatChannel.of(channel.id(), kind, ChannelEndpoints.of(channel, run));
    }
}
