package io.jenkins.plugins.skylark.platform.page.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.browser.Browser;
import io.jenkins.plugins.skylark.harness.browser.PageReply;
import io.jenkins.plugins.skylark.harness.browser.PageRequest;
import io.jenkins.plugins.skylark.harness.browser.PageServer;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.platform.page.ConnectionTests;
import io.jenkins.plugins.skylark.platform.page.MemoryPlatform;
import io.jenkins.plugins.skylark.platform.page.ObjectKind;
import io.jenkins.plugins.skylark.platform.page.PlatformPage;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.FixedViewer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform page in Chromium, on the real shell, script and style, against the core endpoints: the tables, an
 * environment added with a namespace its project does not own (the validator's message under the field), fixed
 * (the row appears, the platform changed), then deleted.
 */
class PlatformPageBrowserTest {
    private static final Path SHELL = Path.of(
            "src/main/resources/io/jenkins/plugins/skylark/platform/page/jenkins/PlatformLink/index.jelly");
    private static final By STAGING_ROW = By.cssSelector("#skylark-environment-table tr[data-id='shop/staging']");

    /** What the page shows in one language. */
    record Texts(String title, String environments, String folders, String notOwned, String saved, String deleted) {
    }

    private final MemoryPlatform store = new MemoryPlatform(TestConfigs.valid());
    private final PlatformPage page = new PlatformPage(FixedViewer::administrator, store,
            () -> List.of(new FolderBinding("shop", "shop"), new FolderBinding("teams/shop-ops", "shop")),
            new ConnectionTests(new Unused(), Duration.ofSeconds(2)));

    @Test
    void shouldWorkInEnglish() {
        walkThrough(Locale.ENGLISH, "en", new Texts("Skylark platform", "Environments", "teams/shop-ops",
                "namespace 'blog' on cluster 'west' does not belong to project 'shop'", "Saved.", "Deleted."));
    }

    @Test
    void shouldWorkInChinese() {
        walkThrough(Locale.SIMPLIFIED_CHINESE, "zh", new Texts("Skylark 平台", "环境", "teams/shop-ops",
                "集群“west”上的命名空间“blog”不属于项目“shop”", "已保存。", "已删除。"));
    }

    private void walkThrough(Locale locale, String lang, Texts texts) {
        try (PageServer server = server(lang); Browser browser = Browser.start(locale)) {
            browser.open(server.url("/manage/skylark-platform"));
            browser.waitForText(By.tagName("h1"), texts.title());
            browser.waitForText(By.cssSelector("#skylark-environment h2"), texts.environments());
            assertThat(browser.driver().findElement(By.cssSelector("#skylark-cluster-table tr[data-id=east]")).getText())
                    .contains("https://east.example.com:6443", "east-token");
            assertThat(browser.driver().findElement(By.cssSelector("#skylark-project-table tr[data-id=shop] "
                    + "td[data-field=folders]")).getText()).contains("shop", texts.folders());
            assertThat(browser.driver().findElement(By.id("skylark-platform")).getText()).doesNotContain("undefined", "null");
            browser.screenshot("platform-" + lang);

            browser.click(By.cssSelector("#skylark-cluster-table tr[data-id=west] .skylark-test"));
            assertThat(browser.waitForText(By.cssSelector(".skylark-status.jenkins-alert-danger"), "west-kubeconfig")
                    .getText()).isEqualTo("no credential west-kubeconfig in this test");

            browser.click(By.id("skylark-add-environment"));
            browser.type(By.id("skylark-field-projectId"), "shop");
            browser.type(By.id("skylark-field-id"), "staging");
            browser.type(By.id("skylark-field-clusterId"), "west");
            browser.type(By.id("skylark-field-namespace"), "blog");
            browser.type(By.id("skylark-field-order"), "3");
            browser.click(By.id("skylark-dialog-confirm"));
            browser.waitForText(By.id("skylark-error-namespace"), texts.notOwned());
            assertThat(browser.driver().findElement(By.id("skylark-error-id")).getText()).isEmpty();
            assertThat(store.model().environment("shop", "staging")).isEmpty();
            browser.screenshot("platform-dialog-" + lang);

            browser.type(By.id("skylark-field-namespace"), "shop-dr");
            browser.click(By.id("skylark-dialog-confirm"));
            browser.waitForText(By.cssSelector(".skylark-status"), texts.saved());
            assertThat(browser.waitFor(STAGING_ROW).getText()).contains("shop-dr", "west");
            assertThat(browser.driver().findElements(By.id("skylark-dialog"))).isEmpty();
            assertThat(store.model().environment("shop", "staging")).isPresent();

            browser.click(By.cssSelector("#skylark-environment-table tr[data-id='shop/staging'] .skylark-delete"));
            browser.click(By.id("skylark-dialog-confirm"));
            browser.waitForText(By.cssSelector(".skylark-status"), texts.deleted());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> driver.findElements(STAGING_ROW).isEmpty());
            assertThat(store.model().environment("shop", "staging")).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private PageServer server(String lang) {
        return PageServer.start()
                .shell("/manage/skylark-platform", SHELL, Map.of("it.displayName", "Skylark platform", "rootURL", "",
                        "it.urlName", "skylark-platform", "app.ADMINISTER", "ADMINISTER"), lang)
                .api("/manage/skylark-platform/", this::answer);
    }

    private PageReply answer(PageRequest request) {
        ApiEndpoint endpoint = switch (request.path()) {
            case "model" -> page.model();
            case "save" -> page.save();
            case "testCluster" -> page.testConnection(ObjectKind.CLUSTER);
            case "testRegistry" -> page.testConnection(ObjectKind.REGISTRY);
            default -> throw new IllegalArgumentException("no endpoint " + request.path());
        };
        ApiResponse response = ApiEndpoint.answer(endpoint,
                new ApiRequest(request.method(), request.params(), request.body(), request.locale()),
                !request.path().equals("model"));
        return PageReply.json(response.status(), response.json());
    }

    /** The walk-through tests no connection. */
    private static final class Unused implements ConnectionTests.Secrets {
        @Override
        public String clusterToken(String credentialsId) {
            throw new IllegalArgumentException("no credential " + credentialsId + " in this test");
        }

        @Override
        public ConnectionTests.Login registryLogin(String credentialsId) {
            throw new IllegalArgumentException("not in this test");
        }
    }
}
