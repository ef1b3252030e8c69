package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template → Jenkinsfile → Maven build → image in the real local registry → deploys to the fake
 * cluster → a second delivery after a new commit → a report whose figures come from real commit times.
 */
@RequiresRegistry
class DeliveryEndToEndTest {
    private static final String JSON_REPORT = """
            withPlatform(project: 'shop', environment: 'dev') {
                deliveryReport(format: 'json', application: 'orders', environment: 'dev', period: 'last-30-days')
            }
            """;

    @TempDir
    Path output;

    @Test
    void shouldDeliverTwoCommitsAndReportTheirFrequencyAndLeadTime() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (DeliveryScenario scenario = DeliveryScenario.start(output, false, now.minus(Duration.ofDays(2)))) {
            PipelineRun first = scenario.deliver();
            assertThat(first.result()).as(first.log()).isEqualTo(BuildResult.SUCCESS);
            String firstImage = deployedImage(scenario, "shop-dev");

            Instant secondCommitTime = now.minus(Duration.ofHours(3));
            scenario.release("v2", secondCommitTime);
            PipelineRun second = scenario.deliver();
            assertThat(second.result()).as(second.log()).isEqualTo(BuildResult.SUCCESS);

            assertThat(firstImage).matches(".+/shop/orders@sha256:[0-9a-f]{64}");
            assertThat(deployedImage(scenario, "shop-dev")).matches(".+/shop/orders@sha256:[0-9a-f]{64}")
                    .isNotEqualTo(firstImage).isEqualTo(deployedImage(scenario, "shop-staging"));
            assertThat(second.artifacts().resolve("delivery-report.html")).content().contains("<svg");
            assertThat(second.artifacts().resolve("delivery-report.css")).isNotEmptyFile();

            JsonNode dev = report(scenario).path("series").get(0).path("figures");
            assertThat(dev.path("deployments").asInt()).isEqualTo(2);
            JsonNode leadTime = dev.path("leadTime");
            assertThat(leadTime.path("samples").asInt()).isEqualTo(1);
            long expected = Duration.between(secondCommitTime, Instant.now()).toSeconds();
            assertThat(leadTime.path("medianSeconds").asLong()).isCloseTo(expected, within(600L));
        }
    }

    private static String deployedImage(DeliveryScenario scenario, String namespace) {
        Deployment deployment = scenario.cluster().client().apps().deployments().inNamespace(namespace)
                .withName("orders").get();
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    private static JsonNode report(DeliveryScenario scenario) throws Exception {
        PipelineRun run = scenario.build(JSON_REPORT);
        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        return new ObjectMapper().readTree(Files.readString(scenario.workspace().resolve("delivery-report.json")));
    }
}
