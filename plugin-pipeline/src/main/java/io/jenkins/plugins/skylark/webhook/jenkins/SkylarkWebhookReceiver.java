package io.jenkins.plugins.skylark.webhook.jenkins;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import io.jenkins.plugins.skylark.webhook.WebhookReply;
import io.jenkins.plugins.skylark.webhook.WebhookRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Receives the webhooks of one source at {@code /skylark-webhook/<source>}. An implementation
 * ({@code @Extension}) authenticates the post (refusing it with 403 before storing anything), finds its key
 * and stores the raw payload in the inbox. It runs without a user (the sender has no Jenkins account), so it
 * must decide only from the configuration and the post.
 */
public abstract class SkylarkWebhookReceiver implements ExtensionPoint {

    /** The last segment of the URL, a lower-case name ({@code sonarqube}, {@code harbor}). */
    public abstract String source();

    /**
     * Handles one post. Throw {@link IllegalArgumentException} for a payload that cannot be read (answered
     * 400 with the message).
     */
    public abstract WebhookReply receive(WebhookRequest request, WebhookInbox inbox) throws IOException;

    /** The receiver registered for {@code source}. */
    public static Optional<SkylarkWebhookReceiver> forSource(String source) {
        return ExtensionList.lookup(SkylarkWebhookReceiver.class).stream()
                .filter(r -> r.source().equals(source))
                .findFirst();
    }
}
