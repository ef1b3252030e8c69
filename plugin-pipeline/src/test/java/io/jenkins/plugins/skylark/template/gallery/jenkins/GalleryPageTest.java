package io.jenkins.plugins.skylark.template.gallery.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.browser.Browser;
import io.jenkins.plugins.skylark.harness.browser.PageReply;
import io.jenkins.plugins.skylark.harness.browser.PageRequest;
import io.jenkins.plugins.skylark.harness.browser.PageServer;
import io.jenkins.plugins.skylark.template.gallery.GalleryFixtures;
import io.jenkins.plugins.skylark.template.gallery.GalleryIcon;
import io.jenkins.plugins.skylark.template.gallery.GalleryScope;
import io.jenkins.plugins.skylark.template.gallery.TemplateGallery;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.FixedViewer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gallery page in Chromium, on the real shell, script and style, against the core endpoints: search,
 * open a template, see the engine's field error while typing, fix it and see the preview follow, create a job.
 */
class GalleryPageTest {

    private static final Path SHELL = Path.of(
            "src/main/resources/io/jenkins/plugins/skylark/template/gallery/jenkins/GalleryAction/index.jelly");
    private static final By CARDS = By.cssSelector(".gallery-card");
    private static final By APPLICATION_ERROR = By.cssSelector("[data-error-for=application]");
    private static final By JENKINSFILE = By.id("gallery-jenkinsfile");

    /** What the page shows in one language. */
    record Texts(String title, String search, String hit, String serviceName, String error, String firstStage,
            String skipped, String created) {
    }

    private final GalleryFixtures.RecordingJobs jobs = new GalleryFixtures.RecordingJobs();
    private final TemplateGallery gallery = new TemplateGallery(GalleryFixtures.library(), jobs, GalleryScope.root(
            new FixedViewer("dev", false, Set.of("shop"), Set.of("shop", "shop/backend"), Set.of()),
            GalleryFixtures.FOLDERS));

    @Test
    void shouldWorkInEnglish() {
        walkThrough(Locale.ENGLISH, "en", new Texts("New job from template", "static", "Static web site",
                "Web service to Kubernetes", "does not match", "Build orders", "skipped with these values",
                "Job shop/orders created."));
    }

    @Test
    void shouldWorkInChinese() {
        walkThrough(Locale.SIMPLIFIED_CHINESE, "zh", new Texts("从模板新建任务", "静态", "静态网站",
                "Web 服务部署到 Kubernetes", "不符合模式", "构建 orders", "按当前取值跳过", "任务 shop/orders 已创建。"));
    }

    private void walkThrough(Locale locale, String lang, Texts texts) {
        try (PageServer server = server(lang); Browser browser = Browser.start(locale)) {
            browser.open(server.url("/skylark-templates"));
            browser.waitForText(By.tagName("h1"), texts.title());
            waitUntil(browser, () -> browser.driver().findElements(CARDS).size() == 2);
            browser.screenshot("gallery-" + lang);

            browser.type(By.id("gallery-search"), texts.search());
            waitUntil(browser, () -> browser.driver().findElements(CARDS).size() == 1);
            assertThat(browser.driver().findElement(CARDS).getText()).contains(texts.hit());
            browser.type(By.id("gallery-search"), "kubernetes");
            browser.waitForText(By.id("gallery-list"), texts.serviceName());
            waitUntil(browser, () -> browser.driver().findElements(CARDS).size() == 1);
            browser.click(CARDS);

            browser.waitForText(By.id("gallery-template-name"), texts.serviceName());
            assertThat(browser.driver().findElement(By.id("gallery-form-view")).getText())
                    .doesNotContain("null", "undefined");
            browser.type(By.id("gallery-field-application"), "Orders!");
            assertThat(browser.waitForText(APPLICATION_ERROR, texts.error()).getText()).contains("Orders!");
            assertThat(browser.driver().findElement(JENKINSFILE).getText()).isEmpty();

            browser.type(By.id("gallery-field-application"), "orders");
            browser.waitForText(JENKINSFILE, "stage('Build orders')");
            assertThat(browser.driver().findElement(APPLICATION_ERROR).getText()).isEmpty();
            assertThat(browser.waitForText(By.cssSelector("[data-stage=build]"), texts.firstStage()).getText())
                    .contains(texts.firstStage());
            assertThat(browser.driver().findElement(By.cssSelector("[data-stage=scan]")).getText()).contains(texts.skipped());
            assertThat(browser.driver().findElement(By.id("gallery-field-sonarProject")).isDisplayed()).isFalse();

            browser.click(By.id("gallery-field-scan"));
            browser.type(By.id("gallery-field-sonarProject"), "shop:orders");
            browser.waitForText(JENKINSFILE, "stage('Code scan')");
            assertThat(browser.driver().findElement(By.cssSelector("[data-stage=scan]")).getText())
                    .doesNotContain(texts.skipped());
            browser.screenshot("gallery-form-" + lang);

            browser.type(By.id("gallery-job-name"), "orders");
            browser.click(By.id("gallery-create"));
            assertThat(browser.waitForText(By.id("gallery-created"), texts.created()).getText()).contains(texts.created());
            assertThat(jobs.calls).singleElement().satisfies(call -> {
                assertThat(call.folder()).isEqualTo("shop");
                assertThat(call.rendered().text()).contains("echo('shop:orders')");
            });
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private PageServer server(String lang) {
        return PageServer.start()
                .shell("/skylark-templates", SHELL, Map.of("it.displayName", "Gallery", "rootURL", "",
                        "it.apiUrl", "skylark-templates"), lang)
                .api("/skylark-templates/", this::answer);
    }

    private PageReply answer(PageRequest request) {
        ApiRequest asked = new ApiRequest(request.method(), request.params(), request.body(), request.locale());
        ApiEndpoint endpoint = switch (request.path()) {
            case "templates" -> gallery.templates();
            case "form" -> gallery.form();
            case "folders" -> gallery.folders();
            case "preview" -> gallery.preview();
            case "create" -> gallery.create();
            case "icon" -> null;
            default -> throw new IllegalArgumentException("no endpoint " + request.path());
        };
        if (endpoint == null) {
            GalleryIcon icon = gallery.icon(asked).orElseThrow();
            return new PageReply(200, icon.contentType(), icon.bytes());
        }
        boolean post = request.path().equals("preview") || request.path().equals("create");
        ApiResponse response = ApiEndpoint.answer(endpoint, asked, post);
        return PageReply.json(response.status(), response.json());
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
