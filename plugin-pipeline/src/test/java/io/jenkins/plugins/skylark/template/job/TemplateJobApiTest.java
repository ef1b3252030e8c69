package io.jenkins.plugins.skylark.template.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.FixedViewer;
import io.jenkins.plugins.skylark.web.Json;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TemplateJobApiTest {

    private static final FixedViewer READER = FixedViewer.reading("reader", "shop/orders");
    private static final FixedViewer CONFIGURER = new FixedViewer("dev", false, Set.of("shop/orders"), Set.of(),
            Set.of("shop/orders"));
    private static final FixedViewer STRANGER = FixedViewer.reading("stranger");

    private final RenderedJenkinsfile rendered = Greeter.renderVersion1();
    private final InMemoryTemplateJob job = new InMemoryTemplateJob(rendered.text(),
            TemplateOrigin.of(Greeter.version(1), rendered));

    @Test
    void shouldTellAReaderWhatMadeTheJobAndThatANewerVersionExistsInTheirLanguage() throws Exception {
        Map<String, Object> status = json(call(READER, TemplateJobApi::status, get(Locale.ENGLISH)), 200);

        assertThat(status).containsEntry("templateId", "greeter").containsEntry("templateName", "Greeter")
                .containsEntry("version", "1.0.0").containsEntry("newestVersion", "2.0.0")
                .containsEntry("state", "UPDATE_AVAILABLE").containsEntry("mayConfigure", false);
        assertThat((Map<String, Object>) status.get("values")).containsEntry("count", 5).containsEntry("loud", true);
        assertThat((Map<String, String>) status.get("messages")).containsEntry("newer",
                "Version {0} of the template is available.");

        Map<String, Object> zh = json(call(READER, TemplateJobApi::status, get(Locale.SIMPLIFIED_CHINESE)), 200);
        assertThat(zh).containsEntry("templateName", "问候");
        assertThat((Map<String, String>) zh.get("messages")).containsEntry("newer", "模板已有新版本 {0}。");
    }

    @Test
    void shouldAnswerNotFoundToWhoMayNotReadTheJob() throws Exception {
        assertThat(call(STRANGER, TemplateJobApi::status, get(Locale.ENGLISH)).status()).isEqualTo(404);
        assertThat(call(STRANGER, TemplateJobApi::plan, get(Locale.ENGLISH)).status()).isEqualTo(404);
    }

    @Test
    void shouldShowThePlanOnlyToWhoMayConfigure() throws Exception {
        assertThat(call(READER, TemplateJobApi::plan, get(Locale.ENGLISH)).status()).isEqualTo(403);

        Map<String, Object> plan = json(call(CONFIGURER, TemplateJobApi::plan, get(Locale.ENGLISH)), 200);
        assertThat(plan).containsEntry("state", "UPDATE_AVAILABLE").containsEntry("toVersion", "2.0.0")
                .containsEntry("sha256", ScriptHash.sha256(rendered.text()));
        assertThat(plan.get("removedFields")).isEqualTo(java.util.List.of("retired"));
        assertThat(plan.get("addedFields")).isEqualTo(java.util.List.of(
                Map.of("name", "channel", "label", "Channel", "value", "builds")));
        String step = " ".repeat(16);
        assertThat((String) plan.get("diff")).contains("\n-" + step + "echo('kept')\n",
                "\n+" + step + "echo(channel: 'builds')\n");
    }

    @Test
    void shouldApplyTheReviewedUpdate() throws Exception {
        Map<String, Object> answer = json(call(CONFIGURER, TemplateJobApi::update, confirm("2.0.0",
                ScriptHash.sha256(rendered.text()))), 200);

        assertThat(answer).containsEntry("state", "UPDATED").containsEntry("version", "2.0.0");
        assertThat(job.script).contains("channel: 'builds'").doesNotContain("'kept'");
        assertThat(job.origin.version()).isEqualTo("2.0.0");
        assertThat(job.origin.isUnchanged(job.script)).isTrue();
    }

    @Test
    void shouldNeverOverwriteAJenkinsfileEditedByHand() throws Exception {
        job.script = rendered.text() + "// edited by hand\n";
        String edited = job.script;

        ApiResponse answer = call(CONFIGURER, TemplateJobApi::update, confirm("2.0.0", ScriptHash.sha256(edited)));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json()).contains("edited by hand");
        assertThat(job.script).isEqualTo(edited);
        assertThat(job.origin.version()).isEqualTo("1.0.0");
        assertThat(json(call(READER, TemplateJobApi::status, get(Locale.ENGLISH)), 200))
                .containsEntry("state", "HAND_EDITED");
    }

    @Test
    void shouldRefuseAnUpdateWhoseReviewIsStale() throws Exception {
        ApiResponse otherVersion = call(CONFIGURER, TemplateJobApi::update, confirm("1.5.0",
                ScriptHash.sha256(rendered.text())));
        ApiResponse otherScript = call(CONFIGURER, TemplateJobApi::update, confirm("2.0.0", ScriptHash.sha256("x")));

        assertThat(otherVersion.status()).isEqualTo(409);
        assertThat(otherVersion.json()).contains("You reviewed version 1.5.0 but the catalogue now offers 2.0.0");
        assertThat(otherScript.status()).isEqualTo(409);
        assertThat(otherScript.json()).contains("changed since you reviewed");
        assertThat(job.script).isEqualTo(rendered.text());
    }

    @Test
    void shouldRefuseUpdateAndDetachToWhoMayOnlyRead() throws Exception {
        ApiResponse update = call(READER, TemplateJobApi::update, confirm("2.0.0", ScriptHash.sha256(rendered.text())));
        ApiResponse detach = call(READER, TemplateJobApi::detach, ApiRequest.post("{}", Locale.ENGLISH));

        assertThat(update.status()).isEqualTo(403);
        assertThat(update.json()).contains("reader may not configure shop/orders");
        assertThat(detach.status()).isEqualTo(403);
        assertThat(job.origin).isNotNull();
        assertThat(job.script).isEqualTo(rendered.text());
    }

    @Test
    void shouldNameAMissingFieldAndRefuseGet() throws Exception {
        ApiResponse missing = call(CONFIGURER, TemplateJobApi::update,
                ApiRequest.post("{\"toVersion\":\"2.0.0\"}", Locale.ENGLISH));
        ApiResponse viaGet = ApiEndpoint.answer(new TemplateJobApi(CONFIGURER, job, Greeter.library()).update(),
                get(Locale.ENGLISH), true);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).contains("Field sha256 is required");
        assertThat(viaGet.status()).isEqualTo(405);
    }

    @Test
    void shouldDetachKeepingTheJenkinsfile() throws Exception {
        job.script = rendered.text() + "// edited by hand\n";

        json(call(CONFIGURER, TemplateJobApi::detach, ApiRequest.post("{}", Locale.ENGLISH)), 200);

        assertThat(job.origin).isNull();
        assertThat(job.script).endsWith("// edited by hand\n");
        assertThat(call(READER, TemplateJobApi::status, get(Locale.ENGLISH)).status()).isEqualTo(404);
    }

    private ApiResponse call(FixedViewer viewer, Function<TemplateJobApi, ApiEndpoint> endpoint, ApiRequest request) {
        TemplateJobApi api = new TemplateJobApi(viewer, job, Greeter.library(Greeter.version(2)));
        return ApiEndpoint.answer(endpoint.apply(api), request, request.isPost());
    }

    private static ApiRequest get(Locale locale) {
        return ApiRequest.get(Map.of(), locale);
    }

    private static ApiRequest confirm(String version, String sha256) {
        return ApiRequest.post(Json.write(Map.of("toVersion", version, "sha256", sha256)), Locale.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ApiResponse response, int status) throws JsonProcessingException {
        assertThat(response.status()).as(response.json()).isEqualTo(status);
        return Json.MAPPER.readValue(response.json(), Map.class);
    }
}
