package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.SonarServer;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.sonar.GateCheck;
import io.jenkins.plugins.skylark.sonar.SonarWebhookPayload;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import io.jenkins.plugins.skylark.webhook.WebhookReply;
import io.jenkins.plugins.skylark.webhook.WebhookRequest;
import io.jenkins.plugins.skylark.webhook.WebhookSignatures;
import io.jenkins.plugins.skylark.webhook.jenkins.SkylarkWebhookReceiver;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookSecrets;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /skylark-webhook/sonarqube}: SonarQube's webhook when a background task ends. The server is the
 * one named by {@code ?server=<id>}, else the one whose URL is the payload's {@code serverUrl}; the post must
 * carry {@code X-Sonar-Webhook-HMAC-SHA256}, the hex HMAC-SHA256 of the raw body with that server's webhook
 * secret (compared in constant time). Only then is the payload stored, under its {@code taskId}, for the
 * {@code platformScan} waiting for that task.
 */
@Extension
public final class SonarQubeWebhookReceiver extends SkylarkWebhookReceiver {
    static final String SIGNATURE_HEADER = "X-Sonar-Webhook-HMAC-SHA256";

    @Override
    public String source() {
        return GateCheck.SOURCE;
    }

    @Override
    public WebhookReply receive(WebhookRequest request, WebhookInbox inbox) throws IOException {
        SonarWebhookPayload payload = SonarWebhookPayload.parse(request.bodyText());
        PlatformModel model = SkylarkConfiguration.get().getModel();
        Optional<SonarServer> server = request.parameter("server").map(model::sonarServer)
                .orElseGet(() -> byUrl(model, payload.serverUrl()));
        if (server.isEmpty()) {
            return WebhookReply.notFound(Messages.get("SonarWebhook.unknownServer",
                    request.parameter("server").orElse(String.valueOf(payload.serverUrl()))));
        }
        Optional<String> secret = WebhookSecrets.secretText(server.get().webhookSecretId());
        if (secret.isEmpty()) {
            return WebhookReply.forbidden(Messages.get("SonarWebhook.noSecret", server.get().id()));
        }
        Optional<String> signature = request.header(SIGNATURE_HEADER);
        if (signature.isEmpty() || !WebhookSignatures.validHmacSha256(secret.get(), request.body(), signature.get())) {
            return WebhookReply.forbidden(Messages.get("SonarWebhook.badSignature", server.get().id()));
        }
        inbox.deliver(source(), payload.taskId(), request.bodyText());
        return WebhookReply.accepted(Messages.get("SonarWebhook.stored", payload.taskId()));
    }

    private static Optional<SonarServer> byUrl(PlatformModel model, String url) {
        String wanted = normalise(url);
        return model.sonarServers().stream().filter(s -> normalise(s.url()).equals(wanted)).findFirst();
    }

    private static String normalise(String url) {
        if (url == null) {
            return "";
        }
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
