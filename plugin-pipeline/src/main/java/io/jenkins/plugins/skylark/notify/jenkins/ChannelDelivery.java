package io.jenkins.plugins.skylark.notify.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.notify.ChannelEndpoint;
import io.jenkins.plugins.skylark.notify.ChannelSender;
import io.jenkins.plugins.skylark.notify.DingTalkSender;
import io.jenkins.plugins.skylark.notify.FeishuSender;
import io.jenkins.plugins.skylark.notify.Notification;
import io.jenkins.plugins.skylark.notify.SendResult;
import io.jenkins.plugins.skylark.notify.SlackSender;
import io.jenkins.plugins.skylark.notify.WeComSender;
import io.jenkins.plugins.skylark.notify.WebhookSender;
import io.jenkins.plugins.skylark.notify.routing.NotifyOutcome;
import io.jenkins.plugins.skylark.platform.ChannelKind;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one notification to model channels on behalf of a build: looks up each channel's endpoint in
 * the build's credentials, sends, and writes one line per channel to the build log. A channel that
 * cannot be reached is a failed channel with its (masked) error, never an exception: what to do about
 * it is the caller's ({@code failOnError}).
 */
final class ChannelDelivery {
    private ChannelDelivery() {
    }

    static NotifyOutcome deliver(Notification notification, List<NotificationChannel> channels, Run<?, ?> run,
            PrintStream log) {
        List<String> sent = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (NotificationChannel channel : channels) {
            String error = send(notification, channel, run);
            if (error == null) {
                sent.add(channel.id());
                log.println(Messages.get("ChannelDelivery.sent", channel.id(), channel.kind().userName()));
            } else {
                errors.put(channel.id(), error);
                log.println(Messages.get("ChannelDelivery.failed", channel.id(), channel.kind().userName(), error));
            }
        }
        return new NotifyOutcome(sent, errors);
    }

    /** {@code null} when sent, else the reason (the vendor's text, secrets masked by the sender). */
    private static String send(Notification notification, NotificationChannel channel, Run<?, ?> run) {
        ChannelSender sender = sender(channel.kind());
        if (sender == null) {
            return Messages.get("ChannelDelivery.kindUnavailable", channel.kind().userName());
        }
        ChannelEndpoint endpoint;
        try {
            endpoint = ChannelEndpoints.of(channel, run);
        } catch (AbortException e) {
            return e.getMessage();
        }
        SendResult result = sender.send(notification, endpoint);
        return result.ok() ? null : result.error();
    }

    private static ChannelSender sender(ChannelKind kind) {
        return switch (kind) {
            case DINGTALK -> new DingTalkSender();
            case WECOM -> new WeComSender();
            case FEISHU -> new FeishuSender();
            case SLACK -> new SlackSender();
            case WEBHOOK -> new WebhookSender();
            case EMAIL -> null;
        };
    }
}
