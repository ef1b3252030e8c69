package io.jenkins.plugins.skylark.sonar.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.build.jenkins.RecordedBuilds;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.BuildTool;
import io.jenkins.plugins.skylark.sonar.SonarSimulator;
import io.jenkins.plugins.skylark.webhook.jenkins.WebhookPosts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code platformScan} end to end with the analysis recorded (no scanner engine, see ScannerLibraryAnalyzerTest)
 * and SonarQube simulated: the gate comes by signed webhook or by polling, never waits past the timeout, and
 * the token is in no log. Waits are kept short through the step's own {@code webhookTimeout}/{@code timeout}.
 */
class PlatformScanStepTest {
    @RegisterExtension
    @Order(1)
    final JenkinsExtension jenkins = new JenkinsExtension();

    @RegisterExtension
    @Order(2)
    final ScanPlatform platform = new ScanPlatform(jenkins);

    private final List<DeliveryEvent> events = new CopyOnWriteArrayList<>();
    private StepRunner build;

    @BeforeEach
    void platform() throws Exception {
        ExtensionList.lookup(DeliveryEventListener.class).add(new DeliveryEventListener() {
            @Override
            public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener) {
                events.add(event);
            }
        });
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
    }

    @AfterEach
    void stop() throws Exception {
        assertThat(build.log()).doesNotContain(ScanPlatform.TOKEN);
    }

    private static PlatformScanStep scan(String webhookTimeout, String timeout) {
        PlatformScanStep step = new PlatformScanStep();
        step.setWebhookTimeout(webhookTimeout);
        step.setTimeout(timeout);
        return step;
    }

    private WebhookPosts.Answer postWebhook(String fixture, String secret) throws Exception {
        String body = platform.sonar.webhook(fixture);
        return WebhookPosts.post("/sonarqube", body, ScanPlatform.signed(body, secret));
    }

    @Test
    void shouldTakeTheGateFromASignedWebhookWithoutPolling() throws Exception {
        assertThat(postWebhook("webhook-ok.json", ScanPlatform.HOOK_SECRET).status()).isEqualTo(200);

        Object result = ScanPlatform.inside(build, scan("10m", "20m"));

        java.util.Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("status", "OK");
        expected.put("taskId", SonarSimulator.TASK);
        expected.put("analysisId", null);
        expected.put("dashboardUrl", platform.sonar.url() + "/dashboard?id=shop_web");
        expected.put("conditions", List.of(condition("new_coverage", "LT", "80", "91.2", "OK"),
                condition("new_reliability_rating", "GT", "1", "1", "OK"),
                condition("new_duplicated_lines_density", "GT", "3", null, "NO_VALUE")));
        assertThat(result).isEqualTo(expected);
        assertThat(platform.sonar.server().getAllServeEvents()).isEmpty();
        assertThat(ScanPlatform.ANALYSES.get(0)).containsEntry("sonar.projectKey", "shop_web")
                .containsEntry("sonar.host.url", platform.sonar.url()).doesNotContainValue(ScanPlatform.TOKEN);
        assertThat(ScanPlatform.TOKENS).containsExactly(ScanPlatform.TOKEN);
        assertThat(build.log()).contains("Quality gate of shop_web: OK (by webhook)");
    }

    @Test
    void shouldIgnoreABadlySignedWebhookAndFindTheGateByPolling() throws Exception {
        WebhookPosts.Answer refused = postWebhook("webhook-error.json", "not-the-secret");
        platform.sonar.task("ce-task-success.json").gate("project-status-ok.json");

        Object result = ScanPlatform.inside(build, scan("0s", "1m"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("X-Sonar-Webhook-HMAC-SHA256", "'sq'").doesNotContain(ScanPlatform.HOOK_SECRET);
        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("status", "OK").containsEntry("analysisId", SonarSimulator.ANALYSIS);
        assertThat(build.log()).contains("(by polling)");
    }

    @Test
    void shouldPollWhenTheWebhookIsLostOrForAnotherTask() throws Exception {
        String other = platform.sonar.webhook("webhook-error.json").replace(SonarSimulator.TASK, "AnotherTask");
        assertThat(WebhookPosts.post("/sonarqube", other, ScanPlatform.signed(other, ScanPlatform.HOOK_SECRET))
                .status()).isEqualTo(200);
        platform.sonar.taskProgresses().gate("project-status-ok.json");

        Object result = ScanPlatform.inside(build, scan("1s", "2m"));

        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("status", "OK");
        assertThat(platform.sonar.requests(SonarSimulator.TASK_PATH)).hasSize(3);
        assertThat(build.log()).contains("SonarQube task " + SonarSimulator.TASK + " is PENDING; waiting.");
    }

    @Test
    void shouldRetryAnUnavailableSonarQubeAndEndAtTheTimeoutWithAClearMessage() throws Exception {
        platform.sonar.answer(SonarSimulator.TASK_PATH, 503, null);

        assertThatThrownBy(() -> ScanPlatform.inside(build, scan("0s", "3s"))).isInstanceOf(AbortException.class)
                .hasMessageContaining("No quality gate for SonarQube task " + SonarSimulator.TASK + " within 3s")
                .hasMessageContaining("unavailable (503)");
        assertThat(platform.sonar.requests(SonarSimulator.TASK_PATH).size()).isGreaterThanOrEqualTo(2);
        assertThat(build.log()).contains("Will ask again: SonarQube");
    }

    @Test
    void shouldFailClearlyWhenTheBackgroundTaskFailed() {
        platform.sonar.task("ce-task-failed.json");

        assertThatThrownBy(() -> ScanPlatform.inside(build, scan("0s", "1m"))).isInstanceOf(AbortException.class)
                .hasMessageContaining("background task " + SonarSimulator.TASK + " is FAILED")
                .hasMessageContaining("Fail to extract report");
    }

    @Test
    void shouldFailTheStepOnAFailedGateNamingTheFailingConditionsAndRecordIt() throws Exception {
        postWebhook("webhook-error.json", ScanPlatform.HOOK_SECRET);

        assertThatThrownBy(() -> ScanPlatform.inside(build, scan("10m", "20m"))).isInstanceOf(AbortException.class)
                .hasMessage("Quality gate of shop_web failed: new_coverage 42.0 LT 80. See " + platform.sonar.url()
                        + "/dashboard?id=shop_web");

        QualityGateAction saved = SavedForm.roundTrip(build.build().getAction(QualityGateAction.class));
        assertThat(saved.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getStatus()).isEqualTo("ERROR");
            assertThat(entry.getFailedConditions()).containsExactly("new_coverage 42.0 LT 80");
        });
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(DeliveryEventType.QUALITY_GATE);
            assertThat(event.project()).isEqualTo("shop");
            assertThat(event.application()).isEqualTo("web");
            assertThat(event.environment()).isNull();
            assertThat(event.attributes()).containsEntry("status", "ERROR").containsEntry("projectKey", "shop_web")
                    .containsEntry("failedConditions", "1")
                    .containsEntry("dashboardUrl", platform.sonar.url() + "/dashboard?id=shop_web");
        });
    }

    @Test
    void shouldMarkTheBuildUnstableInsteadWhenAsked() throws Exception {
        postWebhook("webhook-error.json", ScanPlatform.HOOK_SECRET);
        PlatformScanStep step = scan("10m", "20m");
        step.setUnstableOnGateFailure(true);

        Object result = ScanPlatform.inside(build, step);

        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("status", "ERROR");
        assertThat(build.build().getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(build.log()).contains("the build is UNSTABLE (unstableOnGateFailure)");
    }

    @Test
    void shouldPassTheReportsOfTheBuildsLastPlatformBuild() throws Exception {
        RecordedBuilds.succeeded(build.build(), BuildTool.MAVEN, "mvn -B verify");
        build.workspace().child("target/surefire-reports").mkdirs();
        build.workspace().child("target/site/jacoco/jacoco.xml").write("<report/>", "UTF-8");
        build.workspace().child("src/main/java").mkdirs();
        postWebhook("webhook-ok.json", ScanPlatform.HOOK_SECRET);
        PlatformScanStep step = scan("10m", "20m");
        step.setVersion("1.4.0");

        ScanPlatform.inside(build, step);

        assertThat(ScanPlatform.ANALYSES.get(0)).containsEntry("sonar.sources", "src/main")
                .containsEntry("sonar.junit.reportPaths", "target/surefire-reports")
                .containsEntry("sonar.coverage.jacoco.xmlReportPaths", "target/site/jacoco/jacoco.xml")
                .containsEntry("sonar.projectVersion", "1.4.0");
        assertThat(events).singleElement().satisfies(event -> assertThat(event.version()).isEqualTo("1.4.0"));
    }

    @Test
    void shouldTakeThePullRequestOfAMultibranchBuild() throws Exception {
        build.environment().put("CHANGE_ID", "42");
        build.environment().put("CHANGE_BRANCH", "feature/pay");
        build.environment().put("CHANGE_TARGET", "main");
        postWebhook("webhook-ok.json", ScanPlatform.HOOK_SECRET);

        ScanPlatform.inside(build, scan("10m", "20m"));

        assertThat(ScanPlatform.ANALYSES.get(0)).containsEntry("sonar.pullrequest.key", "42")
                .containsEntry("sonar.pullrequest.branch", "feature/pay")
                .containsEntry("sonar.pullrequest.base", "main").doesNotContainKey("sonar.branch.name");
    }

    @Test
    void shouldNameTheFieldOfABadCall() {
        PlatformScanStep step = scan("soon", null);
        assertThatThrownBy(() -> ScanPlatform.inside(build, step))
                .hasMessage("platformScan webhookTimeout: 'soon' is not a duration like 30s, 5m or 1h30m.");

        PlatformScanStep unknown = new PlatformScanStep();
        unknown.setApplication("shop-api");
        assertThatThrownBy(() -> ScanPlatform.inside(build, unknown))
                .hasMessage("platformScan application: 'shop-api' is not an application of project 'shop' "
                        + "(applications: web)");
    }

    private static Map<String, Object> condition(String metric, String comparator, String threshold, String actual,
            String status) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("metric", metric);
        map.put("comparator", comparator);
        map.put("threshold", threshold);
        map.put("actual", actual);
        map.put("status", status);
        return map;
    }
}
