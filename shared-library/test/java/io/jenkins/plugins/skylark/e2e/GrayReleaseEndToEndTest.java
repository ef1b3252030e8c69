package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.kubernetes.traffic.Version;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import io.jenkins.plugins.skylark.harness.prometheus.RequiresPrometheus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's gray release: after a delivery to dev, simulated users on the exposed host are served by the
 * deployed version and a real Prometheus sees their requests under the labels the analyses select.
 */
@RequiresPrometheus
class GrayReleaseEndToEndTest {
    /** The stable Ingress' requests as the ingress controller labels them (the canary label empty). */
    private static final String STABLE_REQUESTS = "sum(nginx_ingress_controller_requests{namespace=\"shop-dev\","
            + "ingress=\"orders\",host=\"" + CanaryRelease.HOST + "\",canary=\"\",status=\"200\"})";

    @TempDir
    Path output;

    @Test
    void shouldShowTheUsersOfTheExposedHostToPrometheus() throws Exception {
        try (DeliveryScenario scenario = DeliveryScenario.start(output, false, Instant.now().minus(Duration.ofDays(1)))) {
            PipelineRun delivery = scenario.deliver();
            assertThat(delivery.result()).as(delivery.log()).isEqualTo(BuildResult.SUCCESS);

            try (CanaryRelease canary = CanaryRelease.start(scenario)) {
                assertThat(canary.analysed()).isTrue();
                PrometheusServer prometheus = canary.prometheus().orElseThrow();
                prometheus.awaitNonEmpty(STABLE_REQUESTS + " >= 20", Duration.ofSeconds(60));
                assertThat(scenario.cluster().traffic().requestsServed(new Version("shop-dev", "orders"))).isPositive();
                assertThat(canary.jenkinsfile()).contains("steps: " + CanaryRelease.WITH_ANALYSES);
            }
        }
    }
}
