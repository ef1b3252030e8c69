package io.jenkins.plugins.skylark.metrics.store;

import static io.jenkins.plugins.skylark.metrics.store.Events.APP;
import static io.jenkins.plugins.skylark.metrics.store.Events.PROD;
import static io.jenkins.plugins.skylark.metrics.store.Events.commit;
import static io.jenkins.plugins.skylark.metrics.store.Events.deployed;
import static io.jenkins.plugins.skylark.metrics.store.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.metrics.dora.DoraEngine;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceThresholds;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.SeriesFigures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store gives is what the engine computes from: recorded events end up as figures. */
class StoreToEngineTest {

    @Test
    void shouldCountRecordedDeploymentsOnceAndTheRolledBackOneAsFailed(@TempDir Path jenkinsHome) {
        ReportPeriod march = new ReportPeriod("2025-03", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1),
                ZoneOffset.UTC);
        try (MetricsDatabase database = MetricsDatabase.open(DatabaseSettings.embedded(jenkinsHome))) {
            DeliveryRecorder recorder = new DeliveryRecorder(database);
            recorder.record(deployed("b1", "2025-02-27T10:00:00Z", "c1"), List.of());
            recorder.record(deployed("b2", "2025-03-03T10:00:00Z", "c2"),
                    List.of(commit("c2", "2025-03-02T10:00:00Z", "2025-03-02T10:00:00Z")));
            recorder.record(deployed("b2", "2025-03-03T10:00:00Z", "c2"), List.of());
            recorder.record(deployed("b3", "2025-03-04T10:00:00Z", "c3"),
                    List.of(commit("c3", "2025-03-04T08:00:00Z", "2025-03-04T09:00:00Z")));
            recorder.record(event("r1", DeliveryEventType.ROLLED_BACK, PROD, "2025-03-04T11:00:00Z", "c2", Map.of()),
                    List.of());

            SeriesFigures figures = new DoraEngine(PerformanceThresholds.dora2024())
                    .compute(new DeliveryStore(database).history(APP, PROD, march.endInstant()),
                            new MetricsScope(APP, PROD), march)
                    .total();

            assertThat(figures.deployments()).isEqualTo(2);
            assertThat(figures.failedDeployments()).isEqualTo(1);
            assertThat(figures.rollbacks()).isEqualTo(1);
        }
    }
}
