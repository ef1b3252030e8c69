package io.jenkins.plugins.skylark.harbor;

import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import io.jenkins.plugins.skylark.webhook.WebhookReply;
import io.jenkins.plugins.skylark.webhook.WebhookRequest;
import io.jenkins.plugins.skylark.webhook.WebhookSignatures;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Receives Harbor's webhook at {@code /skylark-webhook/harbor}. The registry is the one named by {@code ?server=<id>},
 * else the configured Harbor registry whose host is that of the first resource's {@code resource_url}. Harbor sends
 * its policy's <i>Auth Header</i> as {@code Authorization}; it must equal the registry's webhook secret (compared in
 * constant time) before anything is stored. Scan ends ({@code SCANNING_COMPLETED}, {@code _FAILED},
 * {@code _STOPPED}) are stored under each resource's digest, where a waiting {@code platformImageScan} looks.
 * Payloads come in Harbor's {@code Default} or structured-mode {@code CloudEvents} format (see
 * {@link HarborWebhookEvent#parse}) and are stored as received.
 */
public final class HarborWebhooks {
    /** The inbox source, also the endpoint's last path segment. */
    public static final String SOURCE = "harbor";

    private HarborWebhooks() {
    }

    /**
     * @param secrets the secret text of a credentials id, if it exists
     * @throws IllegalArgumentException when the payload cannot be read (the endpoint answers 400)
     */
    public static WebhookReply receive(WebhookRequest request, WebhookInbox inbox, List<ImageRegistry> registries,
            Function<String, Optional<String>> secrets) throws IOException {
        if (request.header("ce-specversion").isPresent()) {
            // binary mode leaves the attributes in headers the inbox does not keep; Harbor never sends it
            throw new IllegalArgumentException(Messages.format("Webhook.cloudEvent.binary"));
        }
        HarborWebhookEvent event = HarborWebhookEvent.parse(request.bodyText());
        Optional<String> named = request.parameter("server");
        String host = event.resources().isEmpty() ? "" : event.resources().get(0).host();
        Optional<ImageRegistry> registry = registries.stream().filter(r -> r.kind() == RegistryKind.HARBOR)
                .filter(r -> named.map(id -> id.equals(r.id())).orElse(r.host().equals(host))).findFirst();
        if (registry.isEmpty()) {
            return WebhookReply.notFound(named.isPresent() ? Messages.format("Webhook.unknownRegistry", named.get())
                    : Messages.format("Webhook.unknownHost", host));
        }
        Optional<String> secret = Optional.ofNullable(registry.get().webhookSecretId()).flatMap(secrets);
        if (secret.isEmpty()) {
            return WebhookReply.forbidden(Messages.format("Webhook.noSecret", registry.get().id()));
        }
        if (!WebhookSignatures.sameSecret(secret.get(), request.header("Authorization").orElse(""))) {
            return WebhookReply.forbidden(Messages.format("Webhook.badAuth", registry.get().id()));
        }
        if (!event.isScanEnd()) {
            return WebhookReply.accepted(Messages.format("Webhook.ignored", event.type()));
        }
        int stored = 0;
        for (HarborWebhookEvent.Resource resource : event.resources()) {
            if (!resource.digest().isBlank()) {
                inbox.deliver(SOURCE, resource.digest(), request.bodyText());
                stored++;
            }
        }
        return WebhookReply.accepted(Messages.format("Webhook.stored", event.type(), stored));
    }
}
