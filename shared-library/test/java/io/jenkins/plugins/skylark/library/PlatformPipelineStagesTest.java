package io.jenkins.plugins.skylark.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.pipeline.SharedLibrary;
import io.jenkins.plugins.skylark.harness.pipeline.StepCall;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code platformPipeline} asks of the plugin steps, stage by stage: its only job is ordering them and
 * handing them its settings. The steps here record their calls (the real ones are tested in their modules and
 * together in {@code PlatformPipelineTest}); {@code jiraKeys} answers {@link #keys}.
 */
class PlatformPipelineStagesTest {
    private static final String IMAGE = "registry.example/shop/orders@sha256:0123";
    private static final List<String> RECORDED = List.of("checkout", "sh", "junit", "platformBuild", "platformScan",
            "platformImage", "platformImageScan", "platformDeploy", "jiraKeys", "jiraComment",
            "jiraTransition", "deliveryReport", "archiveArtifacts");

    @TempDir
    Path workspace;

    private final List<String> calls = new ArrayList<>();
    private String stage = "";
    private List<String> keys = List.of("SHOP-1", "SHOP-7");

    @Test
    void shouldRunOnlyTheDefaultStagesWithPlatformBuildFromTheModel() throws Exception {
        PipelineRun run = run("project: 'shop', application: 'orders', environments: ['dev']");

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(calls).containsExactly(
                "Checkout: checkout",
                "Build: platformBuild {application=orders} in shop/-",
                "Image: platformImage {application=orders} in shop/dev",
                "Deploy to dev: platformDeploy {application=orders, manifests=k8s/, image=" + IMAGE + "} in shop/dev",
                "Delivery report: deliveryReport {format=html, application=orders, environment=dev, period=last-4-weeks} in shop/dev",
                "Delivery report: archiveArtifacts {artifacts=delivery-report.html, delivery-report.css, allowEmptyArchive=false}");
    }

    @Test
    void shouldScanTheCodeAndTheImageAndUpdateTheShippedIssuesAfterEachDeploy() throws Exception {
        PipelineRun run = run("""
                project: 'shop', application: 'orders', environments: ['dev', 'prod'], approval: false,
                build: [tool: 'maven', args: 'clean verify'], scan: [unstableOnGateFailure: true],
                imageScan: [severity: 'high', maxCount: 0], jira: [comment: true, transition: 'Deployed']""");

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(calls).containsSubsequence(
                "Build: platformBuild {application=orders, tool=maven, args=clean verify} in shop/-",
                "Code scan: platformScan {application=orders, unstableOnGateFailure=true} in shop/-",
                "Image: platformImage {application=orders} in shop/dev",
                "Image scan: platformImageScan {application=orders, severity=high, maxCount=0, image=" + IMAGE + "} in shop/dev",
                "Deploy to dev: jiraKeys {application=orders, environment=dev} in shop/dev",
                "Deploy to dev: platformDeploy {application=orders, manifests=k8s/, image=" + IMAGE + "} in shop/dev",
                "Deploy to dev: jiraComment {keys=[SHOP-1, SHOP-7], text=Deployed " + IMAGE + " to dev by shop/orders #12} in shop/dev",
                "Deploy to dev: jiraTransition {keys=[SHOP-1, SHOP-7], transition=Deployed} in shop/dev",
                "Deploy to prod: platformDeploy {application=orders, manifests=k8s/, image=" + IMAGE + "} in shop/prod",
                "Deploy to prod: jiraComment {keys=[SHOP-1, SHOP-7], text=Deployed " + IMAGE + " to prod by shop/orders #12} in shop/prod",
                "Delivery report: deliveryReport {format=html, application=orders, environment=prod, period=last-4-weeks} in shop/prod");
    }

    @Test
    void shouldNotCallJiraWhenTheDeployShipsNoIssueKey() throws Exception {
        keys = List.of();
        PipelineRun run = run("project: 'shop', application: 'orders', environments: ['dev'], jira: true");

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(calls).anyMatch(call -> call.startsWith("Deploy to dev: jiraKeys"))
                .noneMatch(call -> call.contains("jiraComment") || call.contains("jiraTransition"));
        assertThat(run.log()).contains("No JIRA issue key in the commits shipped to dev");
    }

    @Test
    void shouldRecordTheTestReportsOfTheTeamsOwnBuildCommandOnly() throws Exception {
        PipelineRun run = run("project: 'shop', application: 'orders', environments: ['dev'], build: 'gradle', "
                + "buildCommand: './gradlew build'");

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(calls).containsSubsequence("Build: sh ./gradlew build",
                "Build: junit {testResults=**/build/test-results/**/*.xml, allowEmptyResults=true}")
                .noneMatch(call -> call.contains("platformBuild"));
    }

    @Test
    void shouldHandTheBuildsReportsToJunitWhenAsked() throws Exception {
        // without the junit plugin (no Jenkins here), only when asked
        PipelineRun run = run("project: 'shop', application: 'orders', environments: ['dev'], junit: true");
        PipelineRun own = run("project: 'shop', application: 'orders', environments: ['dev'], junit: true, "
                + "build: [testReports: 'reports/*.xml']");

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(own.result()).as(own.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(calls).containsSubsequence("Build: platformBuild {application=orders} in shop/-",
                "Build: junit {testResults=**/target/surefire-reports/*.xml, **/target/failsafe-reports/*.xml, "
                        + "allowEmptyResults=true}",
                "Build: platformBuild {application=orders, testReports=reports/*.xml} in shop/-",
                "Build: junit {testResults=reports/*.xml, allowEmptyResults=true}");
    }

    private PipelineRun run(String settings) throws Exception {
        JenkinsfileRunner runner = JenkinsfileRunner.in(workspace.resolve("workspace"), workspace.resolve("artifacts"))
                .library(SharedLibrary.at(Path.of("").toAbsolutePath()))
                .environment("JOB_NAME", "shop/orders")
                .environment("BUILD_NUMBER", "12")
                .step("withPlatform", this::withPlatform);
        for (String name : RECORDED) {
            runner.step(name, this::record);
        }
        runner.step("stage", call -> {
            String outer = stage;
            stage = call.text("name", true);
            try {
                return call.runBody();
            } finally {
                stage = outer;
            }
        });
        return runner.run("@Library('skylark') _\nplatformPipeline(" + settings + ")\n");
    }

    private Object withPlatform(StepCall call) {
        Map<String, String> context = Map.of("PLATFORM_CONTEXT", call.text("project", true) + "/"
                + (call.arguments().get("environment") == null ? "-" : call.text("environment", false)));
        return call.runtime().withEnvironment(context, call.body());
    }

    private Object record(StepCall call) {
        String context = call.runtime().environment().get("PLATFORM_CONTEXT");
        Object given = call.arguments().isEmpty() ? call.singleValue() : call.arguments();
        String arguments = given == null ? "" : " " + given;
        calls.add(stage + ": " + call.name() + arguments + (context == null ? "" : " in " + context));
        return switch (call.name()) {
            case "platformImage" -> IMAGE;
            case "platformBuild" -> Map.of("tool", "maven", "tests", Map.of("total", 3));
            case "jiraKeys" -> keys;
            default -> null;
        };
    }
}
