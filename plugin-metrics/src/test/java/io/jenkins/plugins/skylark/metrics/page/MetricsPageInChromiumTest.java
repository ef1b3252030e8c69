package io.jenkins.plugins.skylark.metrics.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.harness.browser.Browser;
import io.jenkins.plugins.skylark.harness.browser.PageReply;
import io.jenkins.plugins.skylark.harness.browser.PageServer;
import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page's script in headless Chromium against the core endpoints (served as Jenkins would serve the
 * action): choosing an application and a period shows the engine's figures, a bar of the weekly chart
 * lists the deployments behind it, and a deployment's build link leads to the build. English and Chinese.
 */
class MetricsPageInChromiumTest {

    private static final Path SHELL =
            Path.of("src/main/resources/io/jenkins/plugins/skylark/metrics/page/jenkins/MetricsPageAction/index.jelly");
    private static final String PAGE = "/skylark-metrics/";

    /** What the browser sees, and the figures the core answers for the same selection. */
    private record Visit(JsonNode expected, String buildPage) {
    }

    private static Function<io.jenkins.plugins.skylark.harness.browser.PageRequest, PageReply> serve(
            ApiEndpoint endpoint) {
        return request -> {
            ApiResponse answer = ApiEndpoint.answer(endpoint, new ApiRequest(request.method(), request.params(),
                    request.body(), request.locale()), false);
            return PageReply.json(answer.status(), answer.json());
        };
    }

    private static Visit visit(Locale locale, String language, String screenshot, String title, String cardTitle)
            throws Exception {
        try (PageServer server = PageServer.start(); Browser browser = Browser.start(locale)) {
            MetricsDatabase database = PageHistory.recorded(server.url("/"));
            try {
                MetricsPage page = PageHistory.page(database);
                MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail", "bank"), PageHistory.FOLDERS);
                server.shell(PAGE, SHELL, Map.of("rootURL", "", "it.apiPath", "skylark-metrics",
                        "it.displayName", title), language)
                        .api(PAGE + "options", serve(page.options(access)))
                        .api(PAGE + "report", serve(page.report(access)))
                        .api(PAGE + "deployments", serve(page.deployments(access)))
                        .api("/job/", request -> new PageReply(200, "text/html;charset=UTF-8",
                                ("<!DOCTYPE html><title>build</title><h1 id=\"build\">Build " + request.path() + "</h1>")
                                        .getBytes(StandardCharsets.UTF_8)));

                browser.open(server.url(PAGE));
                browser.waitForText(By.id("card-deployment-frequency"), cardTitle);
                new Select(browser.waitFor(By.id("metrics-application"))).selectByValue("shop");
                new Select(browser.waitFor(By.id("metrics-period"))).selectByValue("last-4-weeks");
                browser.waitForText(By.cssSelector(".metrics-header"), "last-4-weeks");
                browser.waitForText(By.cssSelector(".metrics-header"), "shop");
                JsonNode expected = PageHistory.json(PageHistory.get(page.report(access), locale,
                        "application", "shop", "environment", "production", "period", "last-4-weeks"));
                String deployments = expected.at("/total/deployments").asText();
                assertThat(browser.waitFor(By.cssSelector("#card-deployment-frequency .detail")).getText())
                        .contains(deployments);
                assertThat(browser.driver().findElements(By.cssSelector("#metrics-series tbody th")))
                        .extracting(WebElement::getText).containsOnly("shop");
                assertThat(browser.driver().findElements(By.cssSelector("#metrics-trend tbody tr"))).hasSize(4);
                browser.screenshot(screenshot);

                List<WebElement> bars = browser.driver().findElements(By.cssSelector("#chart-weekly g.column.link"));
                assertThat(bars).hasSize(4);
                bars.get(3).click();
                WebElement build = browser.waitFor(By.cssSelector("#metrics-deployments tr.deployment a.build-link"));
                // Every record of the week: its deployments, and rollbacks or never-served attempts if any.
                assertThat(browser.driver().findElements(By.cssSelector("#metrics-deployments tr.deployment")))
                        .hasSizeGreaterThanOrEqualTo(expected.at("/total/weeks/3/deployments").asInt()).isNotEmpty();
                assertThat(browser.driver().findElement(By.id("metrics-deployments")).getText())
                        .contains("2026-W47", "registry.example/shop:");
                assertThat(browser.consoleErrors()).isEmpty();
                String href = build.getAttribute("href");
                build.click();
                String heading = browser.waitFor(By.id("build")).getText();
                assertThat(browser.driver().getCurrentUrl()).isEqualTo(href);
                return new Visit(expected, heading);
            } finally {
                database.close();
            }
        }
    }

    @Test
    void shouldShowTheFiguresOfTheChosenApplicationAndPeriodAndLeadToTheBuildsInEnglish() throws Exception {
        Visit visit = visit(Locale.ENGLISH, "en", "metrics-en", "Delivery metrics", "Deployment frequency");

        assertThat(visit.buildPage()).startsWith("Build shop/");
        assertThat(visit.expected().at("/total/deployments").asInt()).isPositive();
    }

    @Test
    void shouldShowTheFiguresOfTheChosenApplicationAndPeriodAndLeadToTheBuildsInChinese() throws Exception {
        Visit visit = visit(Locale.SIMPLIFIED_CHINESE, "zh-CN", "metrics-zh", "交付效能指标", "部署频率");

        assertThat(visit.buildPage()).startsWith("Build shop/");
    }
}
