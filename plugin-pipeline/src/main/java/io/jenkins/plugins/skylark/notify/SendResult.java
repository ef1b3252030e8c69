package io.jenkins.plugins.skylark.notify;

import java.time.Duration;

/**
 * The outcome of one send: {@code ok}, or the vendor's error text (e.g. DingTalk's
 * {@code errcode}/{@code errmsg}). The error never contains the webhook URL or the secret.
 * {@code retryable} says whether the same request may succeed later (network error, HTTP 5xx or 429,
 * a vendor's "too frequent" code); {@code retryAfter}, when not {@code null}, is how long the channel
 * asked us to wait (HTTP {@code Retry-After}).
 */
public record SendResult(boolean ok, String error, boolean retryable, Duration retryAfter) {

    public static SendResult success() {
        return new SendResult(true, null, false, null);
    }

    /** A refusal that the same request would meet again (bad signature, keyword, token, payload). */
    public static SendResult failed(String error) {
        return new SendResult(false, error, false, null);
    }

    /** A failure worth retrying; {@code retryAfter} may be {@code null}. */
    public static SendResult transientFailure(String error, Duration retryAfter) {
        return new SendResult(false, error, true, retryAfter);
    }

    /** The same outcome with another error text (e.g. the text with secrets masked). */
    SendResult withError(String text) {
        return new SendResult(ok, text, retryable, retryAfter);
    }
}
