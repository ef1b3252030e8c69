package io.jenkins.plugins.skylark.notify;

import java.util.List;
import java.util.Map;

/**
 * Slack incoming webhook: {@code text} (the notification fallback) and one {@code section} block in
 * mrkdwn. Slack answers {@code ok}, or a plain-text error such as {@code invalid_payload} with a 4xx.
 */
public final class SlackSender implements ChannelSender {

    private final ChatHttp http;

    public SlackSender() {
        this(ChatHttp.standard());
    }

    SlackSender(ChatHttp http) {
        this.http = http;
    }

    @Override
    public SendResult send(Notification notification, ChannelEndpoint endpoint) {
        String rendered = Markup.SLACK.render(notification);
        Map<String, Object> section = Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", rendered));
        Map<String, Object> body = Map.of("text", Markup.SLACK.text(notification.title()), "blocks", List.of(section));
        return http.post(endpoint, endpoint.url(), body, Map.of(), answer -> VendorErrors.status(http, answer));
    }
}
