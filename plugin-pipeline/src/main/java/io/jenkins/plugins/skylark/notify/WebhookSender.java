package io.jenkins.plugins.skylark.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic webhook: the notification as JSON ({@code level}, {@code title}, {@code message},
 * {@code links}); with a secret, {@code X-Skylark-Signature: sha256=<hex HMAC-SHA256 of the exact body>}.
 * Any 2xx answer means delivered.
 */
public final class WebhookSender implements ChannelSender {

    /** The header a receiver checks the body against. */
    public static final String SIGNATURE_HEADER = "X-Skylark-Signature";

    private final ChatHttp http;

    public WebhookSender() {
        this(ChatHttp.standard());
    }

    WebhookSender(ChatHttp http) {
        this.http = http;
    }

    @Override
    public SendResult send(Notification notification, ChannelEndpoint endpoint) {
        byte[] body;
        try {
            body = http.json().writeValueAsBytes(payload(notification));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
        Map<String, String> headers = endpoint.secret() == null ? Map.of()
                : Map.of(SIGNATURE_HEADER, Signatures.webhook(body, endpoint.secret()));
        return http.postBytes(endpoint, endpoint.url(), body, headers, answer -> VendorErrors.status(http, answer));
    }

    static Map<String, Object> payload(Notification notification) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Notification.Link link : notification.links()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("kind", link.kind().id());
            item.put("text", link.text());
            if (link.url() != null) {
                item.put("url", link.url());
            }
            links.add(item);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("level", notification.level().id());
        payload.put("title", notification.title());
        payload.put("message", notification.message());
        payload.put("links", links);
        return payload;
    }
}
