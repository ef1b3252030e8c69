package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.MissingTool;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each official template's Jenkinsfile, rendered and run with the real steps ({@link TemplateRun}): the
 * template's sample project built and tested for real by its tool (Gradle through a stand-in wrapper, see
 * {@code template-samples/java-gradle-service/gradlew}), its image pushed to the local registry (on
 * {@code scratch}: the tests reach no public registry for the template's default base image), deployed to
 * {@code dev}, approved by the approver of the protected {@code staging} and deployed there, exposed in both,
 * the success message posted to the project's signed webhook, the delivery report archived. The Go service is
 * then delivered again as a gray release to {@code staging} through the {@code nginx} router. Not run here: the
 * code scan and the image scan (SonarQube and Harbor simulators live in plugin-pipeline's tests; the Maven
 * template's run in {@link DeliveryEndToEndTest} covers the code scan).
 */
@RequiresRegistry
class OfficialTemplatesRunTest {
    private static final String MESSAGE = "orders delivered by its template";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path output;

    /** The demo's Maven sample service ({@code sample-app}), its Maven plugins cached as the demo caches them. */
    @Test
    void shouldDeliverTheMavenServiceThroughItsTemplate() throws Exception {
        requireOnPath("mvn", "Maven");
        try (TemplateRun template = TemplateRun.start(jenkins, "java-service-kubernetes", "/sample-app", output)) {
            PipelineRun run = template.deliver(promoted(Map.of("mavenGoals", "-q clean package")));

            assertDelivered(template, run);
            assertThat(template.console()).contains("maven build succeeded: 1 tests");
        }
    }

    @Test
    void shouldDeliverTheGradleServiceThroughItsTemplate() throws Exception {
        requireOnPath("javac", "a JDK");
        try (TemplateRun template = TemplateRun.start(jenkins, "java-gradle-service", output)) {
            PipelineRun run = template.deliver(promoted(Map.of()));

            assertDelivered(template, run);
            assertThat(template.console()).contains("gradlew (stand-in) --no-daemon build",
                    "gradle build succeeded: 1 tests");
        }
    }

    @Test
    void shouldDeliverTheNodeFrontEndThroughItsTemplate() throws Exception {
        requireOnPath("npm", "npm (Debian package npm)");
        try (TemplateRun template = TemplateRun.start(jenkins, "node-frontend", output)) {
            PipelineRun run = template.deliver(promoted(Map.of()));

            assertDelivered(template, run);
            assertThat(template.console()).contains("npm build succeeded: 1 tests");
        }
    }

    @Test
    void shouldDeliverThePythonServiceThroughItsTemplateWithShellSteps() throws Exception {
        requireOnPath("python3", "python3 with venv and pytest (Debian packages python3-venv, python3-pytest)");
        try (TemplateRun template = TemplateRun.start(jenkins, "python-service", output)) {
            PipelineRun run = template.deliver(promoted(Map.of("module", "orders")));

            assertDelivered(template, run);
            assertThat(run.log()).contains("1 passed");
            assertThat(template.workspace().resolve("build/test-results/pytest.xml")).content()
                    .contains("test_version_is_set");
            assertThat(template.workspace().resolve("build/app/orders/__main__.py")).exists();
        }
    }

    @Test
    void shouldDeliverTheGoServiceThenReleaseItsNextVersionAsACanary() throws Exception {
        requireOnPath("go", "go (Debian package golang-go)");
        try (TemplateRun template = TemplateRun.start(jenkins, "go-service", output)) {
            Map<String, Object> values = promoted(Map.of("binary", "orders"));
            PipelineRun first = template.deliver(values);
            assertDelivered(template, first);
            assertThat(template.console()).contains("go build succeeded: 1 tests");
            String firstImage = template.deployedImage("staging");

            template.change("main.go", "\"v1\"", "\"v2\"");
            values.put("grayRelease", true);
            values.put("grayWeight", 50);
            values.put("grayPause", "1s");
            PipelineRun gray = template.deliver(values);

            assertThat(gray.result()).as(gray.log()).isEqualTo(BuildResult.SUCCESS);
            assertThat(gray.log()).contains("grayRelease orders: PROMOTED");
            assertThat(template.deployedImage("staging")).isNotEqualTo(firstImage)
                    .isEqualTo(template.deployedImage("dev"));
        }
    }

    /** Deploys to dev, then after the approval to staging, exposing and notifying; with {@code extra} values. */
    private static Map<String, Object> promoted(Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(extra);
        values.put("baseImage", "scratch");
        values.put("expose", true);
        values.put("exposePort", 80); // the sample Service's port
        values.put("firstEnvironment", "dev");
        values.put("promote", true);
        values.put("approvalMessage", "Deploy orders to staging?");
        values.put("secondEnvironment", "staging");
        values.put("notify", true);
        values.put("notifyMessage", MESSAGE);
        values.put("reportPeriod", "last-30-days");
        return values;
    }

    private static void assertDelivered(TemplateRun template, PipelineRun run) throws Exception {
        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).containsSubsequence("[Pipeline] { (Checkout)", "[Pipeline] { (Build)",
                "[Pipeline] { (Image)", "[Pipeline] { (Deploy to dev)", "[Pipeline] { (Approval)",
                "[Pipeline] { (Deploy to staging)", "[Pipeline] { (Notify)", "[Pipeline] { (Delivery report)");
        assertThat(template.deployedImage("dev")).matches(".+/shop/orders@sha256:[0-9a-f]{64}")
                .isEqualTo(template.deployedImage("staging"));
        assertThat(template.exposedHost("dev")).isEqualTo("orders.dev." + DemoPlatform.DOMAIN);
        assertThat(template.exposedHost("staging")).isEqualTo("orders.staging." + DemoPlatform.DOMAIN);
        assertThat(template.webhook().deliveries()).allSatisfy(d -> assertThat(d.signatureValid()).isTrue())
                .extracting(WebhookReceiver.Delivery::message, d -> d.link("environment"))
                .contains(tuple(MESSAGE, "staging"));
        assertThat(run.artifacts().resolve("delivery-report.html")).isNotEmptyFile();
        assertThat(Files.readString(run.artifacts().resolve("delivery-report.html"))).contains("orders");
    }

    private static void requireOnPath(String program, String what) {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
        if (!found) {
            MissingTool.skipOrFail(program + " is not on the PATH: the template's build needs " + what);
        }
    }
}
