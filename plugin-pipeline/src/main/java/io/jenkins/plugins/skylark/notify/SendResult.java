package io.jenkins.plugins.skylark.notify;

/**
 * The outcome of one send: {@code ok}, or the vendor's error text (e.g. DingTalk's
 * {@code errcode}/{@code errmsg}). The error never contains the webhook URL or the secret.
 */
public record SendResult(boolean ok, String error) {

    public static SendResult success() {
        return new SendResult(true, null);
    }

    public static SendResult failed(String error) {
        return new SendResult(false, error);
    }
}
