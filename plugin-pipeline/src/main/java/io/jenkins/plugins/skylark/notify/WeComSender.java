package io.jenkins.plugins.skylark.notify;

import java.util.Map;

/** WeCom (企业微信) group robot: a {@code markdown} message to the webhook URL (its {@code key} is the secret). */
public final class WeComSender implements ChannelSender {

    private final ChatHttp http;

    public WeComSender() {
        this(ChatHttp.standard());
    }

    WeComSender(ChatHttp http) {
        this.http = http;
    }

    @Override
    public SendResult send(Notification notification, ChannelEndpoint endpoint) {
        Map<String, Object> body = Map.of("msgtype", "markdown",
                "markdown", Map.of("content", Markup.MARKDOWN.render(notification)));
        return http.post(endpoint, endpoint.url(), body, Map.of(),
                answer -> VendorErrors.errcode(http, answer, VendorErrors.WECOM_THROTTLED));
    }
}
