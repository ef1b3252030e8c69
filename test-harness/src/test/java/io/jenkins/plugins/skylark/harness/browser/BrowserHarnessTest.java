package io.jenkins.plugins.skylark.harness.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class BrowserHarnessTest {

    private static final Path SHELLS = Path.of("src/test/resources/io/jenkins/plugins/skylark/harness/browser");

    @Test
    void shouldServeTheShellWithItsAdjunctsAndAnswerOnlyPostsThatCarryTheCrumb() {
        try (PageServer server = probeServer(); Browser browser = Browser.start(Locale.SIMPLIFIED_CHINESE)) {
            browser.open(server.url("/probe"));

            assertThat(browser.waitForText(By.id("greeting"), "你好").getText()).isEqualTo("你好");
            browser.click(By.id("save"));
            assertThat(browser.waitForText(By.id("result"), " ").getText()).isEqualTo("200 403");
            assertThat(browser.consoleErrors()).isEmpty();
            assertThat(server.requests()).extracting(PageRequest::path).contains("/hello", "/save");
            assertThat(server.requests().get(0).locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(Files.exists(browser.screenshot("harness-probe"))).isTrue();
        }
    }

    @Test
    void shouldReportScriptErrorsAndInlineStylesBlockedByTheContentSecurityPolicy() {
        try (PageServer server = probeServer(); Browser browser = Browser.start(Locale.ENGLISH)) {
            browser.open(server.url("/probe"));
            browser.waitForText(By.id("greeting"), "hello");
            browser.click(By.id("fail"));

            assertThat(browser.consoleErrors()).anyMatch(e -> e.contains("probe failure"))
                    .anyMatch(e -> e.startsWith("CSP: style-src"));
        }
    }

    @Test
    void shouldRefuseShellsWithInlineHandlersOrExpressionsTheTestDoesNotGive() {
        assertThatThrownBy(() -> JellyShell.render(SHELLS.resolve("inline.jelly"), Map.of(), "c", "en"))
                .hasMessageContaining("inline onclick= is refused");
        assertThatThrownBy(() -> JellyShell.render(SHELLS.resolve("probe.jelly"), Map.of("%Title", "t"), "c", "en"))
                .hasMessageContaining("the test gives no value for ${api}");
    }

    private static PageServer probeServer() {
        return PageServer.start()
                .shell("/probe", SHELLS.resolve("probe.jelly"), Map.of("%Title", "Probe", "api", "/api"))
                .api("/api", request -> PageReply.json(200, request.path().equals("/hello")
                        ? "{\"greeting\":\"" + (request.locale().getLanguage().equals("zh") ? "你好" : "hello") + "\"}"
                        : "{}"));
    }
}
