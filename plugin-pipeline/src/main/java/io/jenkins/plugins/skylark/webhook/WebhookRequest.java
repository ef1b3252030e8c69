package io.jenkins.plugins.skylark.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A webhook post as the endpoint received it: the raw body (signatures are computed over these exact
 * bytes), the headers (names compared ignoring case) and the query parameters.
 */
public final class WebhookRequest {
    private final byte[] body;
    private final Map<String, String> headers;
    private final Map<String, String> parameters;

    public WebhookRequest(byte[] body, Map<String, String> headers, Map<String, String> parameters) {
        this.body = body.clone();
        this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        this.headers.putAll(headers);
        this.parameters = Map.copyOf(parameters);
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(v -> !v.isBlank());
    }
}
