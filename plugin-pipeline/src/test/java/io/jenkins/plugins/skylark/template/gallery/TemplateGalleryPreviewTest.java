package io.jenkins.plugins.skylark.template.gallery;

import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.ZH;
import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.web.FixedViewer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateGalleryPreviewTest {

    private final TemplateGallery gallery = new TemplateGallery(GalleryFixtures.library(),
            new GalleryFixtures.RecordingJobs(), GalleryScope.root(FixedViewer.reading("dev", "shop"), GalleryFixtures.FOLDERS));

    @Test
    void shouldNameEachInvalidFieldWithTheEnginesMessageAndRenderNothing() {
        JsonNode preview = preview(Map.of("application", "Orders!", "replicas", "12", "environments", "dev\nQA"),
                Locale.ENGLISH);

        assertThat(preview.get("valid").asBoolean()).isFalse();
        assertThat(preview.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("application", "environments",
                "replicas");
        assertThat(preview.get("errors").findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                .contains("application").contains("Orders!").contains("[a-z][a-z0-9-]*"));
        assertThat(preview.get("jenkinsfile").isNull()).isTrue();
    }

    @Test
    void shouldGiveTheFieldErrorsInChinese() {
        JsonNode preview = preview(Map.of("application", ""), ZH);

        assertThat(preview.at("/errors/0/field").asText()).isEqualTo("application");
        assertThat(preview.at("/errors/0/message").asText()).contains("application").containsPattern("\\p{IsHan}");
    }

    @Test
    void shouldRenderTheJenkinsfileAndDrawTheStagesTheValuesSelect() {
        JsonNode preview = preview(Map.of("application", "orders", "tool", "gradle"), Locale.ENGLISH);

        assertThat(preview.get("valid").asBoolean()).isTrue();
        assertThat(preview.get("jenkinsfile").asText()).contains("pipeline {", "stage('Build orders')",
                "echo(tool: 'gradle', application: 'orders'").doesNotContain("Code scan");
        assertThat(preview.get("stages").findValuesAsText("id")).containsExactly("build", "build", "scan", "scan",
                "deploy", "deploy");
        assertThat(preview.at("/stages/0/name").asText()).isEqualTo("Build orders");
        assertThat(preview.at("/stages/1/shown").asBoolean()).isFalse();
        assertThat(preview.at("/stages/1/tasks/0/shown").asBoolean()).isFalse();
    }

    @Test
    void shouldShowAConditionalStageOnceItsRuleHoldsEvenWhileAnotherFieldIsInvalid() {
        JsonNode invalid = preview(Map.of("application", "orders", "scan", true), Locale.ENGLISH);
        JsonNode valid = preview(Map.of("application", "orders", "scan", true, "sonarProject", "shop:orders"), ZH);

        assertThat(invalid.get("errors").findValuesAsText("field")).containsExactly("sonarProject");
        assertThat(invalid.at("/stages/1/shown").asBoolean()).isTrue();
        assertThat(valid.at("/stages/1/name").asText()).isEqualTo("代码扫描");
        assertThat(valid.get("jenkinsfile").asText()).contains("stage('Code scan')", "echo('shop:orders')");
    }

    @Test
    void shouldRejectValuesThatAreNotAnObject() {
        GalleryCalls.Answer answer = post(gallery.preview(), Map.of("catalogue", "official", "template", "web-service",
                "values", List.of("orders")), Locale.ENGLISH);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).contains("'values'");
    }

    private JsonNode preview(Map<String, Object> values, Locale locale) {
        GalleryCalls.Answer answer = post(gallery.preview(), Map.of("catalogue", "official", "template", "web-service",
                "values", values), locale);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
