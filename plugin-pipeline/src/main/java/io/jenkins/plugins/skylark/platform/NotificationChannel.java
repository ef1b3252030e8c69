package io.jenkins.plugins.skylark.platform;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import java.util.List;
import java.util.Set;

/**
 * Where a project's notifications go. Webhook URLs and signing secrets are credentials, named here by id
 * only, so the model never holds a token.
 *
 * @param id DNS-1123 label, unique within its project; {@code platformNotify(channels: [id])} names it
 * @param projectId the owning project
 * @param environmentId {@code null} = the whole project; otherwise only that environment's messages and events
 * @param kind the service
 * @param credentialsId secret text credential holding the webhook URL; required except for {@link ChannelKind#EMAIL}
 * @param secretCredentialsId secret text credential holding the signing secret; optional, only for
 *     {@linkplain ChannelKind#signable() signable} kinds
 * @param recipients mail addresses, for {@link ChannelKind#EMAIL} only (and required there)
 * @param events the delivery events sent here automatically, without a Jenkinsfile line; empty = none
 */
public record NotificationChannel(
        String id,
        String projectId,
        String environmentId,
        ChannelKind kind,
        String credentialsId,
        String secretCredentialsId,
        List<String> recipients,
        Set<DeliveryEventType> events) {

    public NotificationChannel {
        recipients = Collections2.list(recipients, "recipients");
        events = Collections2.enumSet(events, DeliveryEventType.class, "events");
    }

    /** Whether messages about {@code environment} (of this channel's project; {@code null} = none) go here. */
    public boolean covers(String environment) {
        return environmentId == null || environmentId.equals(environment);
    }

    /** {@code project/channel}, how messages name a channel. */
    public String qualifiedId() {
        return projectId + "/" + id;
    }
}
