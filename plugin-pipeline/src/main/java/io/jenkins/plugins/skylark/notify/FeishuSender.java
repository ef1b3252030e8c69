package io.jenkins.plugins.skylark.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feishu / Lark custom bot: a {@code post} (rich text) message, whose text and link elements are plain
 * values, so user text needs no escaping. When the bot is signed, the body carries {@code timestamp}
 * (seconds) and {@code sign}: HMAC-SHA256 keyed with {@code timestamp\nsecret} over an empty message, Base64.
 */
public final class FeishuSender implements ChannelSender {

    private final ChatHttp http;

    public FeishuSender() {
        this(ChatHttp.standard());
    }

    FeishuSender(ChatHttp http) {
        this.http = http;
    }

    @Override
    public SendResult send(Notification notification, ChannelEndpoint endpoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (endpoint.secret() != null) {
            long timestamp = http.clock().instant().getEpochSecond();
            body.put("timestamp", String.valueOf(timestamp));
            body.put("sign", Signatures.feishu(timestamp, endpoint.secret()));
        }
        body.put("msg_type", "post");
        Map<String, Object> post = Map.of("title", Markup.emoji(notification.level()) + " " + notification.title(),
                "content", paragraphs(notification));
        body.put("content", Map.of("post", Map.of("zh_cn", post)));
        return http.post(endpoint, endpoint.url(), body, Map.of(), answer -> VendorErrors.feishu(http, answer));
    }

    private static List<List<Map<String, String>>> paragraphs(Notification notification) {
        List<List<Map<String, String>>> paragraphs = new ArrayList<>();
        for (String line : notification.message().strip().split("\\R")) {
            paragraphs.add(List.of(Map.of("tag", "text", "text", line)));
        }
        for (Notification.Link link : notification.links()) {
            Map<String, String> label = Map.of("tag", "text", "text", link.kind().label() + ": ");
            Map<String, String> value = link.url() == null ? Map.of("tag", "text", "text", link.text())
                    : Map.of("tag", "a", "text", link.text(), "href", link.url());
            paragraphs.add(List.of(label, value));
        }
        return paragraphs;
    }
}
