package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.steps.RiverRoundTrip;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 bug 2: Pipeline saves a running recordDelivery / deliveryReport execution with River at
 * every step boundary. Their options are public records (River reads a record through its accessors)
 * whose attributes are JDK immutable maps; both must come back whole.
 */
class ExecutionsRiverTest {
    @Test
    void shouldSaveAndRestoreARecordDeliveryExecutionWithItsAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("served", "false");
        attributes.put("team", "shop");
        RecordDeliveryOptions options = new RecordDeliveryOptions("DEPLOYED", "orders", "dev", "1.2.3", "abc123",
                null, "2026-03-03T09:00:00Z", "orders-dev-7", attributes);
        RecordDeliveryStep.Execution execution = new RecordDeliveryStep.Execution(null, options);

        RecordDeliveryStep.Execution restored = RiverRoundTrip.roundTrip(execution);

        assertThat(restored).isNotSameAs(execution);
        assertThat(restored).usingRecursiveComparison().isEqualTo(execution);
        assertThat(options.attributes().getClass().getName()).startsWith("java.util.ImmutableCollections");
    }

    @Test
    void shouldSaveAndRestoreADeliveryReportExecution() {
        ReportOptions options = new ReportOptions("html", "orders", "dev", "last-30-days", "UTC", "en", "reports");
        DeliveryReportStep.Execution execution = new DeliveryReportStep.Execution(null, options);

        DeliveryReportStep.Execution restored = RiverRoundTrip.roundTrip(execution);

        assertThat(restored).isNotSameAs(execution);
        assertThat(restored).usingRecursiveComparison().isEqualTo(execution);
    }
}
