package io.jenkins.plugins.skylark.template.gallery;

import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.ZH;
import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.post;
import static io.jenkins.plugins.skylark.template.gallery.TemplateGalleryAccessTest.creation;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.web.FixedViewer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateGalleryCreateTest {

    private static final FixedViewer DEVELOPER = new FixedViewer("dev", false, Set.of("shop"), Set.of("shop/backend"),
            Set.of());

    private final GalleryFixtures.RecordingJobs jobs = new GalleryFixtures.RecordingJobs("shop/backend/taken");
    private final TemplateGallery gallery = new TemplateGallery(GalleryFixtures.library(), jobs,
            GalleryScope.root(DEVELOPER, GalleryFixtures.FOLDERS));

    @Test
    void shouldCreateTheJobWithTheRenderedJenkinsfileAndTheTemplateItCameFrom() {
        GalleryCalls.Answer answer = post(gallery.create(), creation("shop/backend", " orders "), Locale.ENGLISH);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("url").asText()).isEqualTo("job/shop/job/backend/job/orders/");
        GalleryFixtures.RecordingJobs.Call call = jobs.calls.get(0);
        assertThat(call.folder()).isEqualTo("shop/backend");
        assertThat(call.name()).isEqualTo("orders");
        assertThat(call.template().descriptor().id()).isEqualTo("web-service");
        assertThat(call.rendered().templateVersion()).isEqualTo("2.1.0");
        assertThat(call.rendered().values().values()).containsEntry("application", "orders").containsEntry("replicas", 2L);
        assertThat(call.rendered().text()).contains("stage('Build orders')");
    }

    @Test
    void shouldReportABadNameAndBadValuesTogetherAndCreateNothing() {
        GalleryCalls.Answer answer = post(gallery.create(), Map.of("catalogue", "official", "template", "web-service",
                "folder", "shop/backend", "name", "a/b", "values", Map.of("replicas", "0")), Locale.ENGLISH);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name",
                "application", "replicas");
        assertThat(answer.json().get("errors").findValuesAsText("message")).contains(
                "'a/b' is not a valid job name: it must not be . or .. nor contain any of ? * / \\ % ! @ # $ ^ & | < > [ ] : ;");
        assertThat(jobs.calls).isEmpty();
    }

    @Test
    void shouldShowTheFactorysRefusalOfATakenNameNextToTheNameField() {
        GalleryCalls.Answer answer = post(gallery.create(), creation("shop/backend", "taken"), ZH);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("name");
        assertThat(answer.json().at("/errors/0/message").asText()).contains("already exists");
        assertThat(answer.json().get("error").asText()).isEqualTo("任务未创建：请更正标红的字段");
    }

    @Test
    void shouldRequireAName() {
        GalleryCalls.Answer answer = post(gallery.create(), creation("shop/backend", "  "), Locale.ENGLISH);

        assertThat(answer.json().at("/errors/0/message").asText()).isEqualTo("The job name must not be empty");
        assertThat(jobs.calls).isEmpty();
    }
}
