package io.jenkins.plugins.skylark.template.gallery;

import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.ZH;
import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueProblem;
import io.jenkins.plugins.skylark.web.FixedViewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateGalleryListingTest {

    private static final FixedViewer DEVELOPER = new FixedViewer("dev", false, Set.of("shop", "shop/backend"),
            Set.of("shop/backend"), Set.of());

    private final TemplateGallery gallery = new TemplateGallery(GalleryFixtures.library(
            new CatalogueProblem("team", "broken/template.yaml", "parameters[0].type", 7, "unknown type 'colour'")),
            new GalleryFixtures.RecordingJobs(), GalleryScope.root(DEVELOPER, GalleryFixtures.FOLDERS));

    @Test
    void shouldListTheCatalogueByCategoryInEnglish() {
        JsonNode answer = get(gallery.templates(), Map.of(), Locale.ENGLISH).json();

        assertThat(answer.at("/categories").findValuesAsText("name")).containsExactly(
                "Build and deploy", "Web service to Kubernetes", "Front ends", "Static web site");
        JsonNode service = answer.at("/categories/0/templates/0");
        assertThat(service.get("version").asText()).isEqualTo("2.1.0");
        assertThat(service.get("description").asText()).isEqualTo("Builds the service and deploys it to each environment.");
        assertThat(service.get("icon").asText()).isEqualTo("icon?catalogue=official&template=web-service");
        assertThat(answer.at("/categories/1/templates/0/icon").isNull()).isTrue();
        assertThat(answer.at("/messages/title").asText()).isEqualTo("New job from template");
        assertThat(answer.get("canCreate").asBoolean()).isTrue();
    }

    @Test
    void shouldListTheCatalogueAndThePageTextsInChinese() {
        JsonNode answer = get(gallery.templates(), Map.of(), ZH).json();

        assertThat(answer.at("/categories").findValuesAsText("name")).containsExactly(
                "构建与部署", "Web 服务部署到 Kubernetes", "前端", "静态网站");
        assertThat(answer.at("/categories/0/templates/0/description").asText()).isEqualTo("构建服务并部署到每个环境。");
        assertThat(answer.at("/messages/title").asText()).isEqualTo("从模板新建任务");
    }

    @Test
    void shouldFindTemplatesByEnglishOrChineseWordsWhateverTheLanguageShown() {
        assertThat(ids(get(gallery.templates(), Map.of("q", "npm"), Locale.ENGLISH).json())).containsExactly("static-site");
        assertThat(ids(get(gallery.templates(), Map.of("q", "静态"), Locale.ENGLISH).json())).containsExactly("static-site");
        assertThat(ids(get(gallery.templates(), Map.of("q", "kubernetes 部署"), ZH).json())).containsExactly("web-service");
        assertThat(ids(get(gallery.templates(), Map.of("q", "SERVICE"), ZH).json())).containsExactly("web-service");
        assertThat(ids(get(gallery.templates(), Map.of("q", "ruby"), ZH).json())).isEmpty();
    }

    @Test
    void shouldShowCatalogueProblemsNamingFileFieldAndLineToAdministratorsOnly() {
        TemplateGallery asAdmin = new TemplateGallery(GalleryFixtures.library(new CatalogueProblem("team",
                "broken/template.yaml", "parameters[0].type", 7, "unknown type 'colour'")),
                new GalleryFixtures.RecordingJobs(), GalleryScope.root(FixedViewer.administrator(), GalleryFixtures.FOLDERS));

        JsonNode problem = get(asAdmin.templates(), Map.of(), Locale.ENGLISH).json().at("/problems/0");

        assertThat(problem.get("file").asText()).isEqualTo("broken/template.yaml");
        assertThat(problem.get("field").asText()).isEqualTo("parameters[0].type");
        assertThat(problem.get("line").asInt()).isEqualTo(7);
        assertThat(get(gallery.templates(), Map.of(), Locale.ENGLISH).json().get("problems")).isEmpty();
    }

    @Test
    void shouldDescribeATemplatesFormWithTypesWidgetsRulesAndLabelsInTheViewersLanguage() {
        JsonNode form = get(gallery.form(), Map.of("catalogue", "official", "template", "web-service"), ZH).json();

        assertThat(form.get("name").asText()).isEqualTo("Web 服务部署到 Kubernetes");
        assertThat(form.get("fields").findValuesAsText("name")).containsExactly("application", "tool", "environments",
                "scan", "sonarProject", "registryCredentials", "notes", "replicas");
        JsonNode application = form.at("/fields/0");
        assertThat(application.get("label").asText()).isEqualTo("应用");
        assertThat(application.get("required").asBoolean()).isTrue();
        assertThat(application.get("pattern").asText()).isEqualTo("[a-z][a-z0-9-]*");
        assertThat(application.get("feeds").get(0).asText()).isEqualTo("build/build");
        assertThat(form.at("/fields/1/widget").asText()).isEqualTo("select");
        assertThat(form.at("/fields/1/choices").toString()).isEqualTo("[\"maven\",\"gradle\"]");
        assertThat(form.at("/fields/2/defaultValue").toString()).isEqualTo("[\"dev\"]");
        assertThat(form.at("/fields/4/shownWhen").toString()).isEqualTo("{\"scan\":[\"true\"]}");
        assertThat(form.at("/fields/5/widget").asText()).isEqualTo("credentials");
        assertThat(form.at("/fields/6/widget").asText()).isEqualTo("textarea");
        assertThat(form.at("/fields/7/advanced").asBoolean()).isTrue();
    }

    @Test
    void shouldNameTheFolderOnAFoldersPage() {
        TemplateGallery shop = new TemplateGallery(GalleryFixtures.library(), new GalleryFixtures.RecordingJobs(),
                GalleryScope.folder(DEVELOPER, GalleryFixtures.FOLDERS, "shop"));

        JsonNode answer = get(shop.templates(), Map.of(), ZH).json();

        assertThat(answer.get("folder").asText()).isEqualTo("shop");
        assertThat(answer.at("/messages/inFolder").asText()).isEqualTo("任务创建在文件夹 {0} 或其子文件夹中。");
        assertThat(get(gallery.templates(), Map.of(), ZH).json().get("folder").isNull()).isTrue();
    }

    @Test
    void shouldAnswer404ForAnUnknownTemplate() {
        GalleryCalls.Answer answer = get(gallery.form(), Map.of("catalogue", "official", "template", "cobol"),
                Locale.ENGLISH);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("No template 'cobol' in catalogue 'official'");
    }

    @Test
    void shouldServeATemplatesIconAsSvg() {
        GalleryIcon icon = gallery.icon(io.jenkins.plugins.skylark.web.ApiRequest.get(
                Map.of("catalogue", "official", "template", "web-service"), Locale.ENGLISH)).orElseThrow();

        assertThat(icon.contentType()).isEqualTo("image/svg+xml");
        assertThat(new String(icon.bytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("<svg");
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("categories").forEach(c -> c.get("templates").forEach(t -> ids.add(t.get("id").asText())));
        return ids;
    }
}
