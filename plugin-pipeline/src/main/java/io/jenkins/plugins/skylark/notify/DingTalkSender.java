package io.jenkins.plugins.skylark.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DingTalk custom robot: a {@code markdown} message; when the robot is signed, {@code timestamp}
 * (milliseconds) and {@code sign} (HMAC-SHA256 of {@code timestamp\nsecret}, Base64, URL-encoded) are
 * added to the webhook URL's query.
 */
public final class DingTalkSender implements ChannelSender {

    private final ChatHttp http;

    public DingTalkSender() {
        this(ChatHttp.standard());
    }

    DingTalkSender(ChatHttp http) {
        this.http = http;
    }

    @Override
    public SendResult send(Notification notification, ChannelEndpoint endpoint) {
        Map<String, Object> body = Map.of("msgtype", "markdown", "markdown",
                Map.of("title", notification.title(), "text", Markup.MARKDOWN.render(notification)));
        return http.post(endpoint, signedUrl(endpoint), body, Map.of(),
                answer -> VendorErrors.errcode(http, answer, VendorErrors.DINGTALK_THROTTLED));
    }

    private String signedUrl(ChannelEndpoint endpoint) {
        if (endpoint.secret() == null) {
            return endpoint.url();
        }
        long timestamp = http.clock().millis();
        String sign = URLEncoder.encode(Signatures.dingTalk(timestamp, endpoint.secret()), StandardCharsets.UTF_8);
        return endpoint.url() + (endpoint.url().contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign;
    }
}
