package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
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
 * The demo's gray release: after a delivery to dev, simulated users on the exposed host, a real Prometheus
 * seeing their requests under the labels the analyses select, and a build releasing a new commit with
 * {@code grayRelease} (20 %, success-rate, 50 %, success-rate, 100 %) to a promoted canary.
 */
@RequiresPrometheus
class GrayReleaseEndToEndTest {
    /** The stable Ingress' requests as the ingress controller labels them (the canary label empty). */
    private static final String STABLE_REQUESTS = "sum(nginx_ingress_controller_requests{namespace=\"shop-dev\","
            + "ingress=\"orders\",host=\"" + CanaryRelease.HOST + "\",canary=\"\",status=\"200\"})";

    @TempDir
    Path output;

    @Test
    void shouldPromoteACanaryThatPassesTheSuccessRateAnalyses() throws Exception {
        Instant now = Instant.now();
        try (DeliveryScenario scenario = DeliveryScenario.start(output, false, now.minus(Duration.ofDays(1)))) {
            PipelineRun delivery = scenario.deliver();
            assertThat(delivery.result()).as(delivery.log()).isEqualTo(BuildResult.SUCCESS);
            String stableImage = image(scenario.cluster().client(), "orders");

            try (CanaryRelease canary = CanaryRelease.start(scenario)) {
                assertThat(canary.analysed()).isTrue();
                PrometheusServer prometheus = canary.prometheus().orElseThrow();
                prometheus.awaitNonEmpty(STABLE_REQUESTS + " >= 20", Duration.ofSeconds(60));
                assertThat(canary.jenkinsfile()).contains("steps: " + CanaryRelease.WITH_ANALYSES);

                CanaryRelease.Outcome outcome = canary.run("v2", now.minus(Duration.ofHours(1)), output);

                assertThat(outcome.run().result()).as(outcome.run().log()).isEqualTo(BuildResult.SUCCESS);
                assertThat(outcome.run().log()).contains("gray release of orders: PROMOTED");
                assertThat(outcome.promoted()).isTrue();
                assertPromoted(scenario, outcome.state(), stableImage);
            }
        }
    }

    /** Weights 20, 50, 100 in order, both analyses successful, the new image on stable, no canary left. */
    private static void assertPromoted(DeliveryScenario scenario, ReleaseState state, String oldImage) {
        assertThat(state.phase()).isEqualTo(ReleasePhase.PROMOTED);
        assertThat(state.history()).extracting(ReleaseState.HistoryEntry::canaryWeight)
                .containsSubsequence(20, 50, 100);
        assertThat(state.analyses()).hasSize(2).allSatisfy(analysis -> {
            assertThat(analysis.name()).isEqualTo("success-rate");
            assertThat(analysis.verdict()).as(analysis.reason()).isEqualTo("SUCCESSFUL");
        });
        KubernetesClient client = scenario.cluster().client();
        assertThat(image(client, "orders")).isEqualTo(state.image()).isNotEqualTo(oldImage);
        assertThat(client.apps().deployments().inNamespace(CanaryRelease.NAMESPACE).withName("orders-canary").get())
                .isNull();
        assertThat(scenario.cluster().traffic().requestsServed(new Version(CanaryRelease.NAMESPACE, "orders-canary")))
                .as("users reached the canary").isPositive();
        assertThat(scenario.cluster().traffic().requestsFailed(new Version(CanaryRelease.NAMESPACE, "orders-canary")))
                .isZero();
    }

    private static String image(KubernetesClient client, String deployment) {
        Deployment found = client.apps().deployments().inNamespace(CanaryRelease.NAMESPACE).withName(deployment).get();
        return found.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }
}
