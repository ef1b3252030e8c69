package io.jenkins.plugins.skylark.webhook.jenkins;

import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import jenkins.model.Jenkins;

/** The controller's inbox: {@code JENKINS_HOME/skylark-webhooks}, files that survive a restart. */
public final class WebhookInboxes {
    static final String DIRECTORY = "skylark-webhooks";

    private WebhookInboxes() {
    }

    public static WebhookInbox controller() {
        return new WebhookInbox(Jenkins.get().getRootDir().toPath().resolve(DIRECTORY));
    }
}
