package io.jenkins.plugins.skylark.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Where a channel sends to: the webhook URL (it carries the robot's token) and the signing secret,
 * {@code null} when the channel is not signed. Both are secrets: {@link #toString()} shows neither.
 */
public record ChannelEndpoint(String url, String secret) {

    public ChannelEndpoint {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException(Messages.format("endpoint.urlInvalid"));
        }
        try {
            URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.format("endpoint.urlInvalid"), null);
        }
        secret = secret == null || secret.isEmpty() ? null : secret;
    }

    /**
     * The text with the URL, the secret and every part of the URL that may be a token masked: query
     * values (DingTalk's {@code access_token}, WeCom's {@code key}) and path segments with a digit or
     * of 20 characters or more (Feishu's hook id, Slack's {@code T…/B…/…}). Vendors echo them in errors.
     */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text.replace(url, "***");
        if (secret != null) {
            result = result.replace(secret, "***");
        }
        for (String token : tokens()) {
            result = result.replace(token, "***");
        }
        return result;
    }

    private List<String> tokens() {
        URI uri = URI.create(url);
        List<String> tokens = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                tokens.add(pair.substring(pair.indexOf('=') + 1));
            }
        }
        if (uri.getRawPath() != null) {
            for (String segment : uri.getRawPath().split("/")) {
                if (segment.length() >= 20 || segment.chars().anyMatch(Character::isDigit)) {
                    tokens.add(segment);
                }
            }
        }
        tokens.removeIf(token -> token.length() < 4);
        return tokens;
    }

    /**
     * A stable name for this robot / webhook that reveals nothing of it (SHA-256 of the URL): the key
     * under which its rate limit is counted.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ChannelEndpoint[***]";
    }
}
