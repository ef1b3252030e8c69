package io.jenkins.plugins.skylark.notify.routing;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.platform.ChannelKind;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.util.List;
import java.util.Set;

/** A model with only what channel selection reads: project shop's channels, one of project blog's. */
final class Channels {
    private Channels() {
    }

    static NotificationChannel channel(String project, String id, String environment, DeliveryEventType... events) {
        return new NotificationChannel(id, project, environment, ChannelKind.WEBHOOK, id + "-url", null, List.of(),
                Set.of(events));
    }

    static PlatformModel model() {
        return new PlatformModel(null, null, null, null, null, List.of(
                channel("shop", "ops", null, DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK),
                channel("shop", "team", null),
                channel("shop", "prod-oncall", "prod", DeliveryEventType.DEPLOY_FAILED),
                channel("shop", "dev-chat", "dev", DeliveryEventType.DEPLOYED),
                channel("blog", "blog-ops", null, DeliveryEventType.DEPLOY_FAILED)), null);
    }
}
