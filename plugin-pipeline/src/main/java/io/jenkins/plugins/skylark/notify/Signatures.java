package io.jenkins.plugins.skylark.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 as the vendors use it (they differ in key, data and encoding only). */
final class Signatures {

    private Signatures() {
    }

    static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** DingTalk: key = secret, data = {@code timestamp\nsecret}, Base64 (the caller URL-encodes it). */
    static String dingTalk(long timestampMillis, String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        byte[] data = (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(hmacSha256(key, data));
    }

    /** Feishu / Lark: key = {@code timestamp\nsecret}, data = nothing, Base64. */
    static String feishu(long timestampSeconds, String secret) {
        byte[] key = (timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(hmacSha256(key, new byte[0]));
    }

    /** The generic webhook's {@code X-Skylark-Signature} value: {@code sha256=<hex HMAC of the body>}. */
    static String webhook(byte[] body, String secret) {
        return "sha256=" + HexFormat.of().formatHex(hmacSha256(secret.getBytes(StandardCharsets.UTF_8), body));
    }
}
