package io.jenkins.plugins.skylark.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks of webhook authenticity, all in constant time for the compared value. */
public final class WebhookSignatures {
    private WebhookSignatures() {
    }

    /** Lower-case hex HMAC-SHA256 of {@code body} keyed by {@code secret} (what SonarQube sends). */
    public static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** Whether {@code signature} (hex, any case) is the HMAC-SHA256 of {@code body} with {@code secret}. */
    public static boolean validHmacSha256(String secret, byte[] body, String signature) {
        return signature != null && sameSecret(hmacSha256Hex(secret, body), signature.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether two secrets are equal, comparing digests so that neither the content nor the length of the
     * expected one leaks through timing.
     */
    public static boolean sameSecret(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(expected), sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
