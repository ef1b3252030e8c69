package io.jenkins.plugins.skylark.harbor.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.AbortException;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harbor.ArtifactRef;
import io.jenkins.plugins.skylark.harbor.HarborSimulator;
import io.jenkins.plugins.skylark.harbor.HarborWebhookEvent;
import io.jenkins.plugins.skylark.harbor.WebhookFormat;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookInboxes;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookPosts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code platformImageScan} against the Harbor simulator: trigger and poll, the webhook (both payload formats)
 * through the real endpoint code, the gate, a scan that never ends, a Harbor answering 503.
 */
class PlatformImageScanStepTest {
    private static final String HOOK_SECRET = "hb-hook-4f1c9e";
    private static final Map<String, Integer> TWO_HIGH = Map.of("High", 2, "Low", 7);

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final HarborSimulator harbor = new HarborSimulator();
    private final List<DeliveryEvent> events = new CopyOnWriteArrayList<>();
    private ArtifactRef orders;
    private StepRunner build;

    @BeforeEach
    void eventRecorder() {
        ExtensionList.lookup(DeliveryEventListener.class).add(new DeliveryEventListener() {
            @Override
            public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener) {
                events.add(event);
            }
        });
    }

    @AfterEach
    void stop() {
        harbor.close();
    }

    /** The platform; with {@code webhooks} the registry takes Harbor's webhook with {@link #HOOK_SECRET}. */
    private void platform(boolean webhooks) throws Exception {
        HarborPlatform.configure(jenkins, harbor.endpoint().toString(),
                registry -> registry.setWebhookSecretId(webhooks ? "harbor-hook" : null));
        jenkins.credentials().addGlobal(new TestStringCredentials("harbor-hook", HOOK_SECRET));
        orders = new ArtifactRef(harbor.host(), "shop", "orders", "sha256:" + "c3".repeat(32));
        build = jenkins.newBuild(jenkins.job("shop/orders"));
        build.environment().put("PLATFORM_IMAGE", orders.reference());
        build.environment().put("GIT_COMMIT", "4f2a9c81d7e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2");
    }

    private Object scan(PlatformImageScanStep step) throws Exception {
        return build.run(new WithPlatformStep("shop"), body -> build.run(step, body));
    }

    private static PlatformImageScanStep gate(String severity, int maxCount) {
        PlatformImageScanStep step = new PlatformImageScanStep();
        step.setSeverity(severity);
        step.setMaxCount(maxCount);
        return step;
    }

    @Test
    void triggersTheScanPollsUntilItEndsAndPassesTheGate() throws Exception {
        platform(false);
        harbor.artifact(orders, TWO_HIGH, null, "Pending", "Running", "Success");
        harbor.acceptScan(orders);

        Object result = scan(gate("high", 2));

        assertThat(result).isEqualTo(Map.of("digest", orders.digest(), "status", "PASSED", "passed", true,
                "counts", Map.of("critical", 0, "high", 2, "medium", 0, "low", 7, "unknown", 0)));
        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).hasSize(1);
        assertThat(build.log()).contains("Started Harbor's vulnerability scan of shop/orders@" + orders.digest(),
                "Scan of shop/orders@" + orders.digest() + ": critical: 0, high: 2, medium: 0, low: 7, unknown: 0"
                        + " — passed (2 found, at most 2 vulnerabilities of severity high or above)")
                .doesNotContain(HarborSimulator.SECRET);
        ImageScansAction.Entry entry = build.build().getAction(ImageScansAction.class).getEntries().get(0);
        assertThat(entry.getHigh()).isEqualTo(2);
        assertThat(entry.isPassed()).isTrue();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(DeliveryEventType.IMAGE_SCANNED);
            assertThat(event.version()).isEqualTo(orders.reference());
            assertThat(event.application()).isEqualTo("orders");
            assertThat(event.attributes()).containsEntry("status", "PASSED").containsEntry("high", "2")
                    .containsEntry("critical", "0").containsEntry("scanner", "Trivy v0.50.1");
        });
    }

    @Test
    void failsTheStepWhenTheGateFailsAfterRecordingTheScan() throws Exception {
        platform(false);
        harbor.artifact(orders, TWO_HIGH, "Success");

        assertThatThrownBy(() -> scan(gate("high", 1))).isInstanceOf(AbortException.class)
                .hasMessageContaining("— FAILED (2 found, at most 1 vulnerabilities of severity high or above)");
        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).isEmpty();
        assertThat(build.build().getAction(ImageScansAction.class).getEntries().get(0).isPassed()).isFalse();
        assertThat(events).singleElement().satisfies(e -> assertThat(e.attributes()).containsEntry("status", "FAILED"));
    }

    @Test
    void marksTheBuildUnstableInsteadWhenAsked() throws Exception {
        platform(false);
        harbor.artifact(orders, TWO_HIGH, "Success");
        PlatformImageScanStep step = gate("low", 0);
        step.setUnstable(true);

        Object result = scan(step);

        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("passed", false).containsEntry("status", "FAILED");
        assertThat(build.build().getResult()).isEqualTo(Result.UNSTABLE);
    }

    @ParameterizedTest
    @EnumSource(WebhookFormat.class)
    void endsOnHarborsWebhookPostedToTheEndpointWithoutPolling(WebhookFormat format) throws Exception {
        platform(true);
        harbor.artifact(orders, TWO_HIGH, "Running");
        String event = format.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, orders, Instant.now().getEpochSecond(),
                Map.of("Critical", 1));

        WebhookPosts.Answer answer = WebhookPosts.post("/harbor", event, format.headers(HOOK_SECRET));
        PlatformImageScanStep step = gate("critical", 0);
        step.setUnstable(true);
        Object result = scan(step);

        assertThat(answer).isEqualTo(new WebhookPosts.Answer(200, "stored SCANNING_COMPLETED for 1 artifact(s)"));
        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("counts", Map.of("critical", 1, "high", 0, "medium", 0, "low", 0, "unknown", 0));
        assertThat(harbor.requests("GET", orders.apiPath())).hasSize(1); // the first read only: no poll
        assertThat(build.log()).doesNotContain(HOOK_SECRET);
    }

    @ParameterizedTest
    @EnumSource(WebhookFormat.class)
    void refusesUnsignedAndBadlySignedWebhooksAndStoresNothing(WebhookFormat format) throws Exception {
        platform(true);
        String event = format.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, orders, Instant.now().getEpochSecond(),
                TWO_HIGH);

        WebhookPosts.Answer unsigned = WebhookPosts.post("/harbor", event, format.headers(null));
        WebhookPosts.Answer wrong = WebhookPosts.post("/harbor", event, format.headers("Bearer guess"));

        assertThat(unsigned).isEqualTo(new WebhookPosts.Answer(403,
                "the Authorization header does not match the webhook secret of the registry 'harbor'"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain(HOOK_SECRET);
        assertThat(WebhookInboxes.controller().find("harbor", orders.digest())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WebhookFormat.class)
    void refusesWebhooksOfARegistryWithoutWebhookSecretAndOfUnknownHosts(WebhookFormat format) throws Exception {
        platform(false);
        String event = format.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, orders, Instant.now().getEpochSecond(),
                TWO_HIGH);
        String elsewhere = event.replace(harbor.host(), "harbor.elsewhere.example");

        assertThat(WebhookPosts.post("/harbor", event, format.headers(HOOK_SECRET))).isEqualTo(
                new WebhookPosts.Answer(403, "the registry 'harbor' accepts no webhooks: it has no webhook secret"
                        + " credential"));
        assertThat(WebhookPosts.post("/harbor", elsewhere, format.headers(HOOK_SECRET))).isEqualTo(
                new WebhookPosts.Answer(404, "no Harbor registry is configured for the host 'harbor.elsewhere.example'"
                        + " of the payload's resource_url; add ?server=<registry id> to the webhook URL"));
        assertThat(WebhookPosts.post("/harbor", "not json", format.headers(null)))
                .isEqualTo(new WebhookPosts.Answer(400, "the payload is not JSON"));
    }

    @Test
    void refusesMalformedCloudEventsNamingTheFieldAndIgnoresOtherTypes() throws Exception {
        platform(true);
        Map<String, String> headers = WebhookFormat.CLOUD_EVENTS.headers(HOOK_SECRET);
        long now = Instant.now().getEpochSecond();
        String completed = HarborSimulator.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, orders, now, TWO_HIGH);
        ObjectNode noType = WebhookFormat.cloudEvent(completed);
        noType.remove("type");
        ObjectNode noData = WebhookFormat.cloudEvent(completed);
        noData.remove("data");
        ObjectNode pushed = WebhookFormat.cloudEvent(HarborSimulator.scanEvent("PUSH_ARTIFACT", orders, now, Map.of()));
        Map<String, String> binary = Map.of("Content-Type", "application/json", "Authorization", HOOK_SECRET,
                "ce-specversion", "1.0", "ce-type", "harbor.scan.completed", "ce-id", "1", "ce-source", "/projects/7");

        assertThat(WebhookPosts.post("/harbor", noType.toString(), headers))
                .isEqualTo(new WebhookPosts.Answer(400, "the CloudEvents payload has no 'type'"));
        assertThat(WebhookPosts.post("/harbor", noData.toString(), headers)).isEqualTo(new WebhookPosts.Answer(400,
                "the CloudEvents payload of type harbor.scan.completed has no 'data' object"));
        assertThat(WebhookPosts.post("/harbor", noType.get("data").toString(), binary))
                .isEqualTo(new WebhookPosts.Answer(400, "the CloudEvent came in binary mode (ce-* headers); only"
                        + " structured mode is read, which Harbor sends (Content-Type: application/cloudevents+json)"));
        assertThat(WebhookPosts.post("/harbor", pushed.toString(), headers)).isEqualTo(
                new WebhookPosts.Answer(200, "ignored: harbor.artifact.pushed is not the end of a scan"));
        assertThat(WebhookInboxes.controller().find("harbor", orders.digest())).isEmpty();
    }

    @Test
    void aWebhookAboutAnotherDigestDoesNotEndTheWaitWhichTimesOutNamingTheArtifact() throws Exception {
        platform(true);
        harbor.artifact(orders, TWO_HIGH, "Running");
        ArtifactRef other = new ArtifactRef(orders.host(), "shop", "orders", "sha256:" + "0d".repeat(32));
        WebhookPosts.post("/harbor", HarborSimulator.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, other,
                Instant.now().getEpochSecond(), TWO_HIGH), Map.of("Authorization", HOOK_SECRET));
        PlatformImageScanStep step = gate("critical", 0);
        step.setTimeout("3s");

        assertThatThrownBy(() -> scan(step)).isInstanceOf(AbortException.class).hasMessage(
                "Harbor did not finish scanning shop/orders@" + orders.digest() + " within 3s (last status: Running);"
                        + " check the scanner in Harbor (Administration → Interrogation Services)");
        assertThat(events).isEmpty();
    }

    @Test
    void aHarborAnswering503WhilePolledIsLoggedAndTheWaitEndsAtTheTimeout() throws Exception {
        platform(false);
        harbor.artifact(orders, TWO_HIGH, "Running", "Running");
        harbor.failReadsAfterTheFirst(orders, 503, "SERVICE_UNAVAILABLE", "core down");
        PlatformImageScanStep step = gate("critical", 0);
        step.setTimeout("3s");

        assertThatThrownBy(() -> scan(step)).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("Harbor did not finish scanning shop/orders@" + orders.digest() + " within 3s");
        assertThat(build.log()).contains("server error (HTTP 503) — Harbor: SERVICE_UNAVAILABLE: core down");
        assertThat(harbor.requests("GET", orders.apiPath()).size()).isGreaterThan(1);
    }

    @Test
    void aHarborRefusingTheFirstReadFailsAtOnceNamingTheArtifact() throws Exception {
        platform(false);
        harbor.fail("GET", orders.apiPath() + "?with_scan_overview=true&with_label=true&with_tag=true", 404,
                "NOT_FOUND", "artifact not found");

        assertThatThrownBy(() -> scan(gate("critical", 0))).isInstanceOf(AbortException.class)
                .hasMessage("Harbor " + harbor.host() + ": cannot read the artifact shop/orders@" + orders.digest()
                        + ": not found (HTTP 404) — Harbor: NOT_FOUND: artifact not found");
    }

    @Test
    void failsNamingAScanThatEndedInAnError() throws Exception {
        platform(false);
        harbor.artifact(orders, TWO_HIGH, null, "Error");
        harbor.acceptScan(orders);

        assertThatThrownBy(() -> scan(gate("critical", 0))).isInstanceOf(AbortException.class)
                .hasMessage("Harbor's scan of shop/orders@" + orders.digest() + " ended with status Error: see the"
                        + " artifact's scan log in Harbor");
    }

    @Test
    void refusesBadInputNamingTheField() throws Exception {
        platform(false);
        PlatformImageScanStep timeout = gate("critical", 0);
        timeout.setTimeout("ten minutes");

        assertThatThrownBy(() -> scan(gate("severe", 0))).isInstanceOf(AbortException.class)
                .hasMessage("severity: 'severe' is not one of critical, high, medium, low");
        assertThatThrownBy(() -> scan(gate("high", -1))).hasMessage("maxCount: -1 must be 0 or more");
        assertThatThrownBy(() -> scan(timeout)).hasMessage(
                "timeout: 'ten minutes' is not a duration such as 30s, 10m or 1h");
        assertThat(harbor.requests()).isEmpty();
    }
}
