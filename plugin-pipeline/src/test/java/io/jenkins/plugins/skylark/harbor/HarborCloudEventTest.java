package io.jenkins.plugins.skylark.harbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Harbor's CloudEvents payloads read into the same events as their Default twins, or refused naming the field. */
class HarborCloudEventTest {
    private static final long OCCUR_AT = Instant.parse("2026-12-03T08:32:56Z").getEpochSecond();
    private static final Map<String, Integer> COUNTS = Map.of("Critical", 1, "High", 2, "Negligible", 3);

    private final ArtifactRef orders = new ArtifactRef("harbor.example.com", "shop", "orders",
            "sha256:" + "c3".repeat(32));

    private ObjectNode cloudEvent(String type) {
        return WebhookFormat.cloudEvent(HarborSimulator.scanEvent(type, orders, OCCUR_AT, COUNTS));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {HarborWebhookEvent.SCANNING_COMPLETED, HarborWebhookEvent.SCANNING_FAILED,
            HarborWebhookEvent.SCANNING_STOPPED})
    void readsEveryScanEndAsTheSameEventAsTheDefaultFormat(String type) {
        HarborWebhookEvent fromDefault = HarborWebhookEvent.parse(
                WebhookFormat.DEFAULT.scanEvent(type, orders, OCCUR_AT, COUNTS));
        HarborWebhookEvent fromCloudEvent = HarborWebhookEvent.parse(
                WebhookFormat.CLOUD_EVENTS.scanEvent(type, orders, OCCUR_AT, COUNTS));

        assertThat(fromCloudEvent).isEqualTo(fromDefault);
        assertThat(fromCloudEvent.type()).isEqualTo(type);
        assertThat(fromCloudEvent.occurredAt()).isEqualTo(Instant.ofEpochSecond(OCCUR_AT));
        assertThat(fromCloudEvent.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.digest()).isEqualTo(orders.digest());
            assertThat(resource.host()).isEqualTo("harbor.example.com");
        });
        assertThat(fromCloudEvent.scanOf(orders.digest())).isEqualTo(fromDefault.scanOf(orders.digest()))
                .isPresent();
    }

    @Test
    void readsTheCountsOfACompletedScan() {
        HarborWebhookEvent event = HarborWebhookEvent.parse(cloudEvent(HarborWebhookEvent.SCANNING_COMPLETED)
                .toString());

        ScanOverview overview = event.scanOf(orders.digest()).orElseThrow();
        assertThat(overview.status()).isEqualTo(ScanStatus.SUCCESS);
        assertThat(overview.countAtLeast(Severity.CRITICAL)).isEqualTo(1);
        assertThat(overview.countAtLeast(Severity.HIGH)).isEqualTo(3);
        assertThat(overview.scanner()).isEqualTo("Trivy v0.50.1");
    }

    @Test
    void keepsTheCloudEventsTypeAndResourcesOfAnEventThatEndsNoScan() {
        HarborWebhookEvent pushed = HarborWebhookEvent.parse(cloudEvent("PUSH_ARTIFACT").toString());

        assertThat(pushed.type()).isEqualTo("harbor.artifact.pushed");
        assertThat(pushed.isScanEnd()).isFalse();
        assertThat(pushed.scanOf(orders.digest())).isEmpty();
        assertThat(pushed.resources()).singleElement().satisfies(resource ->
                assertThat(resource.host()).isEqualTo("harbor.example.com")); // the receiver finds the registry by it
        ObjectNode noData = cloudEvent("PUSH_ARTIFACT");
        noData.remove("data");
        assertThat(HarborWebhookEvent.parse(noData.toString()).resources()).isEmpty();
    }

    @Test
    void readsATimeWithFractionsAndAnOffsetAndNoTimeAtAll() {
        ObjectNode event = cloudEvent(HarborWebhookEvent.SCANNING_FAILED);

        event.put("time", "2026-12-03T09:32:56.250+01:00");
        assertThat(HarborWebhookEvent.parse(event.toString()).occurredAt())
                .isEqualTo(Instant.parse("2026-12-03T08:32:56.250Z"));
        event.remove("time");
        assertThat(HarborWebhookEvent.parse(event.toString()).occurredAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "source", "type"})
    void refusesAnEventWithoutARequiredAttributeNamingIt(String attribute) {
        ObjectNode event = cloudEvent(HarborWebhookEvent.SCANNING_COMPLETED);
        event.remove(attribute);
        ObjectNode blank = cloudEvent(HarborWebhookEvent.SCANNING_COMPLETED).put(attribute, " ");

        assertThatThrownBy(() -> HarborWebhookEvent.parse(event.toString())).isInstanceOf(
                IllegalArgumentException.class).hasMessage("the CloudEvents payload has no '" + attribute + "'");
        assertThatThrownBy(() -> HarborWebhookEvent.parse(blank.toString()))
                .hasMessage("the CloudEvents payload has no '" + attribute + "'");
    }

    @Test
    void refusesAScanEndWithoutDataAnUnknownSpecVersionAndABadTime() {
        ObjectNode noData = cloudEvent(HarborWebhookEvent.SCANNING_COMPLETED);
        noData.remove("data");
        ObjectNode textData = cloudEvent(HarborWebhookEvent.SCANNING_COMPLETED).put("data", "resources");
        ObjectNode oldSpec = cloudEvent(HarborWebhookEvent.SCANNING_COMPLETED).put("specversion", "0.3");
        ObjectNode badTime = cloudEvent(HarborWebhookEvent.SCANNING_COMPLETED).put("time", "1764750776");

        assertThatThrownBy(() -> HarborWebhookEvent.parse(noData.toString()))
                .hasMessage("the CloudEvents payload of type harbor.scan.completed has no 'data' object");
        assertThatThrownBy(() -> HarborWebhookEvent.parse(textData.toString()))
                .hasMessage("the CloudEvents payload of type harbor.scan.completed has no 'data' object");
        assertThatThrownBy(() -> HarborWebhookEvent.parse(oldSpec.toString()))
                .hasMessage("the CloudEvents payload has specversion '0.3'; only 1.0 is read");
        assertThatThrownBy(() -> HarborWebhookEvent.parse(badTime.toString()))
                .hasMessage("the CloudEvents payload's 'time' '1764750776' is not an RFC 3339 timestamp");
    }
}
