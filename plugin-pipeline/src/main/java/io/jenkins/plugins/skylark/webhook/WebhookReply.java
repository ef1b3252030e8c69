package io.jenkins.plugins.skylark.webhook;

/**
 * What the endpoint answers a webhook sender: an HTTP status and a short plain-text reason (which never
 * contains a secret or an expected signature).
 */
public record WebhookReply(int status, String message) {
    public static WebhookReply accepted(String message) {
        return new WebhookReply(200, message);
    }

    public static WebhookReply badRequest(String message) {
        return new WebhookReply(400, message);
    }

    public static WebhookReply forbidden(String message) {
        return new WebhookReply(403, message);
    }

    public static WebhookReply notFound(String message) {
        return new WebhookReply(404, message);
    }
}
