package io.jenkins.plugins.skylark.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {
    private static final byte[] BODY = "{\"taskId\":\"AU-Tpxb--iU5OvuD2FLy\"}".getBytes(StandardCharsets.UTF_8);
    /** Computed independently: python3 hmac.new(b'hook-secret', BODY, hashlib.sha256).hexdigest(). */
    private static final String SIGNATURE = "71f5906c8a51ef539e57eaf41b01b6a75c37965143df309facf170d5822f3312";

    @Test
    void shouldComputeTheHexHmacSha256OfTheRawBody() {
        assertThat(WebhookSignatures.hmacSha256Hex("hook-secret", BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void shouldAcceptTheRightSignatureInAnyCaseAndRefuseOthers() {
        assertThat(WebhookSignatures.validHmacSha256("hook-secret", BODY, SIGNATURE.toUpperCase())).isTrue();
        assertThat(WebhookSignatures.validHmacSha256("other-secret", BODY, SIGNATURE)).isFalse();
        assertThat(WebhookSignatures.validHmacSha256("hook-secret", "{}".getBytes(StandardCharsets.UTF_8), SIGNATURE))
                .isFalse();
        assertThat(WebhookSignatures.validHmacSha256("hook-secret", BODY, null)).isFalse();
    }

    @Test
    void shouldCompareSecretsExactly() {
        assertThat(WebhookSignatures.sameSecret("Basic s3cret", "Basic s3cret")).isTrue();
        assertThat(WebhookSignatures.sameSecret("Basic s3cret", "Basic s3cre")).isFalse();
        assertThat(WebhookSignatures.sameSecret("Basic s3cret", null)).isFalse();
        assertThat(WebhookSignatures.sameSecret(null, "x")).isFalse();
    }
}
