package io.jenkins.plugins.skylark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.jenkins.plugins.skylark.template.InvalidValuesException;
import io.jenkins.plugins.skylark.template.ScriptFacts;
import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateEngine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The delivery stages every official template shares: deploys per environment with the approval before the
 * protected one, the optional gray release there, the optional notification of the last environment.
 */
class DeliveryStagesTest {

    /** Values each template requires beyond project and application. */
    private static final Map<String, Map<String, Object>> REQUIRED = Map.of("go-service", Map.of("binary", "orders"),
            "python-service", Map.of("module", "orders"));

    static Stream<String> templates() {
        return Catalogue.TEMPLATES.all().stream().map(TemplateDescriptor::id);
    }

    @Test
    void shouldOfferTheFiveOfficialTemplates() {
        assertThat(templates()).containsExactlyInAnyOrder("java-service-kubernetes", "java-gradle-service",
                "node-frontend", "go-service", "python-service");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void shouldDeployOnceWithoutApprovalGrayReleaseOrNotificationByDefault(String id) {
        List<String> calls = calls(id, Map.of());

        assertThat(calls).containsSubsequence("checkout", "platformImage", "platformDeploy", "deliveryReport")
                .containsOnlyOnce("platformDeploy")
                .doesNotContain("platformApprove", "grayRelease", "platformNotify", "platformScan", "platformImageScan");
        assertThat(TemplateEngine.validate(template(id), values(id, Map.of())).isShown("grayRelease")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void shouldGrayReleaseToTheSecondEnvironmentInsteadOfDeployingThereAfterTheApproval(String id) {
        String text = render(id, Map.of("promote", true, "secondEnvironment", "prod", "grayRelease", true,
                "grayWeight", 30, "grayPause", "90s"));

        assertThat(ScriptFacts.of(id, text).calls()).containsSubsequence("platformDeploy", "platformApprove",
                "grayRelease", "deliveryReport").containsOnlyOnce("platformDeploy");
        assertThat(text).containsSubsequence("stage('Deploy to dev')", "stage('Approval')", "stage('Deploy to prod')",
                "withPlatform(project: 'shop', environment: 'prod') {",
                "grayRelease(application: 'orders', image: env.PLATFORM_IMAGE,",
                "steps: [[weight: 30], [pause: '90s'], [weight: 100]])");
        assertThat(render(id, Map.of("promote", true, "grayRelease", true, "grayAnalysis", true)))
                .contains("steps: [[weight: 20], [pause: '5m'], [analysis: 'success-rate'],");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void shouldNotifyTheChannelsOfTheLastEnvironment(String id) {
        String first = render(id, Map.of("notify", true));
        String second = render(id, Map.of("notify", true, "promote", true, "secondEnvironment", "prod",
                "notifyChannels", List.of("ops", "release-mail"), "notifyMessage", "Shipped"));

        assertThat(first).containsSubsequence("stage('Notify')", "withPlatform(project: 'shop', environment: 'dev') {",
                "platformNotify(message: 'A new version is delivered.', level: 'success', application: 'orders',",
                "channels: [] ?: null)", "stage('Delivery report')");
        assertThat(second).containsSubsequence("stage('Deploy to prod')", "stage('Notify')",
                "withPlatform(project: 'shop', environment: 'prod') {", "platformNotify(message: 'Shipped',",
                "channels: ['ops', 'release-mail'] ?: null)");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void shouldRefuseGrayAndNotificationValuesThatAreNotWhatTheStepsTake(String id) {
        assertThat(errors(id, Map.of("promote", true, "grayRelease", true, "grayWeight", 100, "grayPause", "5 m",
                "grayAnalysis", true, "grayAnalysisName", "Success Rate", "notify", true,
                "notifyChannels", List.of("ops; evil"))))
                .extracting(message -> message.substring(0, message.indexOf(':')))
                .containsExactlyInAnyOrder("grayWeight", "grayPause", "grayAnalysisName", "notifyChannels");
    }

    @Test
    void shouldRunPipAndPytestInShellStepsOnlyWithPatternCheckedValues() {
        String text = render("python-service", Map.of());

        assertThat(ScriptFacts.of("python-service", text).calls()).containsSubsequence("sh", "sh", "sh", "sh", "sh",
                "platformImage").doesNotContain("platformBuild");
        assertThat(text).contains("sh('.venv/bin/python -m pytest --junitxml=build/test-results/pytest.xml ' + 'tests')");
        assertThat(errors("python-service", Map.of("python", "python3 -c evil", "requirements", "../../etc/passwd",
                "testPath", "tests;rm -rf /", "sourceDirectory", "src && evil", "module", "orders; evil")))
                .extracting(message -> message.substring(0, message.indexOf(':')))
                .containsExactlyInAnyOrder("python", "requirements", "testPath", "sourceDirectory", "module");
    }

    @Test
    void shouldLayerTheStaticFilesOnTheWebServerImage() {
        assertThat(render("node-frontend", Map.of("distDirectory", "build/site"))).contains(
                "platformBuild(application: 'orders', tool: 'npm', args: 'build',", "artifacts: 'build/site' + '/**')",
                "platformImage(application: 'orders', from: 'nginxinc/nginx-unprivileged:1.27-alpine',",
                "directory: 'build/site', into: '/usr/share/nginx/html')");
        assertThat(errors("node-frontend", Map.of("distDirectory", "../secrets", "webRoot", "relative")))
                .extracting(message -> message.substring(0, message.indexOf(':')))
                .containsExactlyInAnyOrder("distDirectory", "webRoot");
    }

    private static TemplateDescriptor template(String id) {
        return Catalogue.TEMPLATES.get(id).orElseThrow();
    }

    private static String render(String id, Map<String, ?> extra) {
        return TemplateEngine.render(template(id), values(id, extra)).text();
    }

    private static List<String> calls(String id, Map<String, ?> extra) {
        return ScriptFacts.of(id, render(id, extra)).calls();
    }

    private static List<String> errors(String id, Map<String, ?> extra) {
        try {
            TemplateEngine.validate(template(id), values(id, extra));
        } catch (InvalidValuesException e) {
            return e.errors().stream().map(error -> error.message(Locale.ENGLISH)).toList();
        }
        throw new AssertionError("accepted " + extra);
    }

    private static Map<String, Object> values(String id, Map<String, ?> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("project", "shop", "application", "orders"));
        values.putAll(REQUIRED.getOrDefault(id, Map.of()));
        values.putAll(extra);
        return values;
    }
}
