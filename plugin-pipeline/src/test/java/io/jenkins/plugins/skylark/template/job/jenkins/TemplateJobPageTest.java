package io.jenkins.plugins.skylark.template.job.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.browser.Browser;
import io.jenkins.plugins.skylark.harness.browser.PageReply;
import io.jenkins.plugins.skylark.harness.browser.PageRequest;
import io.jenkins.plugins.skylark.harness.browser.PageServer;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.job.Greeter;
import io.jenkins.plugins.skylark.template.job.InMemoryTemplateJob;
import io.jenkins.plugins.skylark.template.job.TemplateJobApi;
import io.jenkins.plugins.skylark.template.job.TemplateOrigin;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.FixedViewer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The job's template page in headless Chromium, in English and Chinese, against the core's endpoints. */
class TemplateJobPageTest {

    private static final String PAGE = "/job/shop/job/orders/skylark-template/";
    private static final Path SHELL = Path.of(
            "src/main/resources/io/jenkins/plugins/skylark/template/job/jenkins/TemplateJobAction/index.jelly");
    private static final FixedViewer DEV = new FixedViewer("dev", false, Set.of("shop/orders"), Set.of(),
            Set.of("shop/orders"));

    private final RenderedJenkinsfile rendered = Greeter.renderVersion1();
    private final InMemoryTemplateJob job = new InMemoryTemplateJob(rendered.text(),
            TemplateOrigin.of(Greeter.version(1), rendered));
    private PageServer server;

    @BeforeEach
    void serve() {
        server = PageServer.start()
                .shell(PAGE, SHELL, Map.of("it.displayName", "Template", "rootURL", "",
                        "it.apiUrl", "job/shop/job/orders/skylark-template"))
                .api(PAGE, this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldReviewTheDiffAndApplyTheUpdateAfterConfirmationInEnglish() {
        try (Browser browser = Browser.start(Locale.ENGLISH)) {
            browser.open(server.url(PAGE));
            browser.waitForText(By.id("stj-made-from"), "Made from template Greeter version 1.0.0 of catalogue official");
            browser.waitForText(By.id("stj-state"), "Version 2.0.0 of the template is available.");
            browser.screenshot("template-job-en");

            browser.click(By.cssSelector(".stj-review"));
            browser.waitForText(By.id("stj-diff"), "+                echo(channel: 'builds')");
            browser.waitForText(By.id("stj-removed"), "retired");
            browser.waitForText(By.id("stj-added"), "Channel (channel) = builds");
            browser.screenshot("template-job-update-en");

            browser.click(By.cssSelector(".stj-apply"));
            browser.waitForText(By.cssSelector(".stj-question"), "Replace the Jenkinsfile with version 2.0.0");
            assertThat(job.origin.version()).as("nothing applied before the confirmation").isEqualTo("1.0.0");
            browser.click(By.cssSelector(".stj-confirm"));
            browser.waitForText(By.id("stj-message"), "Updated to version 2.0.0.");
            browser.waitForText(By.id("stj-state"), "The job uses the newest version of the template.");

            assertThat(job.script).contains("echo(channel: 'builds')");
            assertThat(job.origin.version()).isEqualTo("2.0.0");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void shouldShowTheOriginAndTheNewerVersionInChinese() {
        try (Browser browser = Browser.start(Locale.SIMPLIFIED_CHINESE)) {
            browser.open(server.url(PAGE));
            browser.waitForText(By.id("stj-made-from"), "由目录 official 中模板 问候 的 1.0.0 版本生成");
            browser.waitForText(By.id("stj-state"), "模板已有新版本 2.0.0。");
            browser.waitForText(By.cssSelector(".stj-review"), "查看到 2.0.0 版本的更新");
            browser.screenshot("template-job-zh");

            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void shouldOfferOnlyDetachForAJenkinsfileEditedByHand() {
        job.script = rendered.text() + "// tuned by hand\n";
        try (Browser browser = Browser.start(Locale.ENGLISH)) {
            browser.open(server.url(PAGE));
            browser.waitForText(By.id("stj-state"), "edited by hand");
            browser.waitForText(By.id("stj-diff"), "-// tuned by hand");
            assertThat(browser.driver().findElements(By.cssSelector(".stj-review, .stj-apply"))).isEmpty();

            browser.click(By.cssSelector(".stj-detach"));
            browser.click(By.cssSelector(".stj-confirm"));
            browser.waitForText(By.id("stj-message"), "Detached from the template.");

            assertThat(job.origin).isNull();
            assertThat(job.script).endsWith("// tuned by hand\n");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private PageReply answer(PageRequest request) {
        TemplateJobApi api = new TemplateJobApi(DEV, job, Greeter.library(Greeter.version(2)));
        String name = request.path();
        ApiEndpoint endpoint = switch (name) {
            case "status" -> api.status();
            case "plan" -> api.plan();
            case "update" -> api.update();
            case "detach" -> api.detach();
            default -> r -> ApiResponse.error(404, "no endpoint " + name);
        };
        boolean post = name.equals("update") || name.equals("detach");
        ApiResponse response = ApiEndpoint.answer(endpoint,
                new ApiRequest(request.method(), request.params(), request.body(), request.locale()), post);
        return PageReply.json(response.status(), response.json());
    }
}
