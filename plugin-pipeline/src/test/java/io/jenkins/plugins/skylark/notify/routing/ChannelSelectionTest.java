package io.jenkins.plugins.skylark.notify.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelSelectionTest {

    @Test
    void defaultsToEveryChannelOfTheProjectCoveringTheEnvironment() {
        assertThat(ids(ChannelSelection.forMessage(Channels.model(), "shop", "dev", null)))
                .containsExactly("ops", "team", "dev-chat");
        assertThat(ids(ChannelSelection.forMessage(Channels.model(), "shop", null, null))).containsExactly("ops", "team");
    }

    @Test
    void takesTheNamedChannelsInTheirOrder() {
        assertThat(ids(ChannelSelection.forMessage(Channels.model(), "shop", "prod", List.of("prod-oncall", "ops"))))
                .containsExactly("prod-oncall", "ops");
    }

    @Test
    void namesTheFieldTheChannelAndTheChannelsThereAre() {
        assertThatThrownBy(() -> ChannelSelection.forMessage(Channels.model(), "shop", "dev", List.of("opz")))
                .hasMessage("The field 'channels' names 'opz', which is no channel of project 'shop'; "
                        + "channels for dev: ops, team, dev-chat");
    }

    @Test
    void neverReachesAnotherProjectsChannel() {
        assertThatThrownBy(() -> ChannelSelection.forMessage(Channels.model(), "shop", "dev", List.of("blog-ops")))
                .hasMessageContaining("'blog-ops', which is no channel of project 'shop'");
    }

    @Test
    void refusesAnotherEnvironmentsChannel() {
        assertThatThrownBy(() -> ChannelSelection.forMessage(Channels.model(), "shop", "dev", List.of("prod-oncall")))
                .hasMessageContaining("'prod-oncall', which is for environment 'prod' only, not dev");
    }

    @Test
    void sendsAnEventToTheSubscribedChannelsCoveringItsEnvironment() {
        assertThat(ids(ChannelSelection.forEvent(Channels.model(), event(DeliveryEventType.DEPLOY_FAILED, "prod"))))
                .containsExactly("ops", "prod-oncall");
        assertThat(ids(ChannelSelection.forEvent(Channels.model(), event(DeliveryEventType.DEPLOY_FAILED, "dev"))))
                .containsExactly("ops");
        assertThat(ids(ChannelSelection.forEvent(Channels.model(), event(DeliveryEventType.DEPLOYED, "prod")))).isEmpty();
        assertThat(ids(ChannelSelection.forEvent(Channels.model(), event(DeliveryEventType.DEPLOYED, "dev"))))
                .containsExactly("dev-chat");
    }

    static DeliveryEvent event(DeliveryEventType type, String environment) {
        return new DeliveryEvent("k", type, "shop", "orders", environment, Instant.parse("2026-12-03T10:00:00Z"),
                "registry/shop/orders@sha256:abc", null, "https://ci.example.com/job/shop/job/orders/7/", Map.of());
    }

    private static List<String> ids(List<NotificationChannel> channels) {
        return channels.stream().map(NotificationChannel::id).toList();
    }
}
