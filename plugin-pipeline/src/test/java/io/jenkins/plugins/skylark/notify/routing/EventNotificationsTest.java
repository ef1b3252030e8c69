package io.jenkins.plugins.skylark.notify.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.notify.Level;
import io.jenkins.plugins.skylark.notify.Notification;
import io.jenkins.plugins.skylark.notify.Notification.LinkKind;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventNotificationsTest {

    @Test
    void aFailedDeployNamesItsCauseVersionAndBuild() {
        Notification notification = EventNotifications.of(event(DeliveryEventType.DEPLOY_FAILED,
                Map.of("cause", "ImagePullBackOff on orders-7f9")), "Shop", "shop/orders-ci #7", Locale.ENGLISH);

        assertThat(notification.level()).isEqualTo(Level.FAILURE);
        assertThat(notification.message()).isEqualTo("Deploy of orders to prod failed: ImagePullBackOff on orders-7f9");
        assertThat(notification.links()).extracting(Notification.Link::kind).containsExactly(LinkKind.BUILD,
                LinkKind.PROJECT, LinkKind.ENVIRONMENT, LinkKind.APPLICATION, LinkKind.VERSION);
        assertThat(notification.links().get(0).url()).isEqualTo("https://ci.example.com/job/shop/job/orders-ci/7/");
        assertThat(notification.links().get(1).text()).isEqualTo("Shop");
        assertThat(notification.links().get(4).text()).isEqualTo("registry/shop/orders@sha256:abc");
    }

    @Test
    void speaksChinese() {
        assertThat(EventNotifications.text(event(DeliveryEventType.DEPLOY_FAILED, Map.of("cause", "超时")),
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("将 orders 部署到 prod 失败：超时");
        assertThat(EventNotifications.text(event(DeliveryEventType.DEPLOYED, Map.of()), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("已将 orders 部署到 prod");
    }

    @Test
    void saysWhyARollbackHappened() {
        assertThat(EventNotifications.text(event(DeliveryEventType.ROLLED_BACK, Map.of("reason", "requested")),
                Locale.ENGLISH)).isEqualTo("Rolled back orders in prod");
        assertThat(EventNotifications.text(event(DeliveryEventType.ROLLED_BACK, Map.of("reason", "rollout timed out")),
                Locale.ENGLISH)).isEqualTo("Rolled back orders in prod after a failed deploy: rollout timed out");
        assertThat(EventNotifications.text(event(DeliveryEventType.APPROVED, Map.of("approver", "alice")),
                Locale.ENGLISH)).isEqualTo("Deploy of orders to prod approved by alice");
        assertThat(EventNotifications.text(event(DeliveryEventType.APPROVAL_WAITING, Map.of("approvers", "alice, ops")),
                Locale.ENGLISH)).isEqualTo("Deploy of orders to prod waits for approval by one of: alice, ops");
        assertThat(EventNotifications.of(event(DeliveryEventType.APPROVAL_WAITING, Map.of()), null, null,
                Locale.ENGLISH).level()).isEqualTo(Level.WARNING);
    }

    private static DeliveryEvent event(DeliveryEventType type, Map<String, String> attributes) {
        return new DeliveryEvent("k", type, "shop", "orders", "prod", Instant.parse("2026-12-03T10:00:00Z"),
                "registry/shop/orders@sha256:abc", null, "https://ci.example.com/job/shop/job/orders-ci/7/", attributes);
    }
}
