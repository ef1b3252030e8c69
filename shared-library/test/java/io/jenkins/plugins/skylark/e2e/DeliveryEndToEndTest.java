package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
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
 * Template → Jenkinsfile → Maven build (platformBuild) → code scan and quality gate on a simulated SonarQube
 * (platformScan) → image in the real local registry → deploys to the fake
 * cluster (staging after its approver's approval), exposed through its ingress controller, each deploy
 * and approval posted to a signed generic webhook → a
 * second delivery after a new commit → a report whose figures come from real commit times.
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
            assertExposed(scenario, "dev");
            assertExposed(scenario, "staging");
            assertNotifiedOfEachDeploy(scenario.webhook());
            assertNoWebhookSecretIn(scenario, first);
            assertScannedWithTheQualityGate(scenario, first);

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

    /** An Ingress for the environment's default host, the controller's address on it, the URL in the console. */
    private static void assertExposed(DeliveryScenario scenario, String environment) {
        String host = "orders." + environment + "." + DemoPlatform.DOMAIN;
        Ingress ingress = scenario.cluster().client().network().v1().ingresses().inNamespace("shop-" + environment)
                .withName("orders").get();
        assertThat(ingress).as("Ingress shop-%s/orders", environment).isNotNull();
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo(DemoPlatform.INGRESS_CLASS);
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo(host);
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                assertThat(path.getBackend().getService().getName()).isEqualTo("orders");
                assertThat(path.getBackend().getService().getPort().getNumber()).isEqualTo(80);
            });
        });
        assertThat(ingress.getStatus().getLoadBalancer().getIngress()).singleElement()
                .satisfies(address -> assertThat(address.getIp()).isEqualTo(DeliveryScenario.INGRESS_ADDRESS));
        assertThat(scenario.lastConsole()).contains("http://" + host + "/");
    }

    /**
     * One signed JSON post per event of the first build, in order: deployed to dev, staging's approval
     * waiting then approved, deployed to staging (the level tells the event: a failed deploy is "failure").
     */
    private static void assertNotifiedOfEachDeploy(WebhookReceiver webhook) {
        assertThat(webhook.deliveries()).allSatisfy(delivery -> {
            assertThat(delivery.signatureValid()).as(delivery.describe()).isTrue();
            assertThat(delivery.contentType()).startsWith("application/json");
            assertThat(delivery.link("application")).isEqualTo("orders");
        }).extracting(WebhookReceiver.Delivery::level, delivery -> delivery.link("environment")).containsExactly(
                tuple("success", "dev"), tuple("warning", "staging"), tuple("info", "staging"), tuple("success", "staging"));
        // The message is in the controller's language; it names the application and the environment.
        assertThat(webhook.deliveries().get(0).message()).contains("orders", "dev");
    }

    private static void assertNoWebhookSecretIn(DeliveryScenario scenario, PipelineRun run) throws Exception {
        for (String secret : scenario.webhook().secrets()) {
            assertThat(run.log()).doesNotContain(secret);
            assertThat(scenario.lastConsole()).doesNotContain(secret);
            assertThat(SecretScan.filesContaining(scenario.workspace(), secret)).isEmpty();
        }
    }

    /** platformScan uploaded the analysis and polled the gate with the token, which shows nowhere. */
    private static void assertScannedWithTheQualityGate(DeliveryScenario scenario, PipelineRun run) throws Exception {
        assertThat(run.log()).contains("[Pipeline] { (Code scan)");
        assertThat(scenario.lastConsole()).contains("maven build succeeded: 1 tests",
                "Quality gate of " + SimulatedSonarQube.PROJECT_KEY + ": OK (by polling)");
        assertThat(scenario.sonar().requests()).containsSubsequence(
                "POST /api/ce/submit?projectKey=" + SimulatedSonarQube.PROJECT_KEY + " -> 200",
                "GET /api/ce/task?id=" + SimulatedSonarQube.TASK + " -> 200",
                "GET /api/qualitygates/project_status?analysisId=" + SimulatedSonarQube.ANALYSIS + " -> 200");
        String token = scenario.sonar().token();
        assertThat(run.log()).doesNotContain(token);
        assertThat(scenario.lastConsole()).doesNotContain(token);
        assertThat(SecretScan.filesContaining(scenario.workspace(), token)).isEmpty();
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
