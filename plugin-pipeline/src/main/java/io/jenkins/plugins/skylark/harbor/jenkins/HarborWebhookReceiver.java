package io.jenkins.plugins.skylark.harbor.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.harbor.HarborWebhooks;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import io.jenkins.plugins.skylark.webhook.WebhookReply;
import io.jenkins.plugins.skylark.webhook.WebhookRequest;
import io.jenkins.plugins.skylark.webhook.jenkins.SkylarkWebhookReceiver;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookSecrets;
import java.io.IOException;

/** {@code /skylark-webhook/harbor}: Harbor's scan events, checked against the registries in force (see {@link HarborWebhooks}). */
@Extension
public final class HarborWebhookReceiver extends SkylarkWebhookReceiver {
    @Override
    public String source() {
        return HarborWebhooks.SOURCE;
    }

    @Override
    public WebhookReply receive(WebhookRequest request, WebhookInbox inbox) throws IOException {
        return HarborWebhooks.receive(request, inbox, SkylarkConfiguration.get().getModel().registries(),
                WebhookSecrets::secretText);
    }
}
