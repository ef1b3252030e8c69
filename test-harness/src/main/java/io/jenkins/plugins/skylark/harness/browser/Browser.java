package io.jenkins.plugins.skylark.harness.browser;

import io.jenkins.plugins.skylark.harness.MissingTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, in one language. Script errors and
 * Content-Security-Policy violations of every page are collected ({@link #consoleErrors()}), so a test
 * can require a page to run clean. Screenshots are kept under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Installed before any page script runs: records errors and CSP violations on the window. */
    private static final String ERROR_PROBE = "window.__skylarkErrors = [];"
            + "window.addEventListener('error', e => window.__skylarkErrors.push('error: ' + e.message));"
            + "window.addEventListener('unhandledrejection', e => window.__skylarkErrors.push('rejection: ' + e.reason));"
            + "document.addEventListener('securitypolicyviolation', e => window.__skylarkErrors.push("
            + "'CSP: ' + e.violatedDirective + ' ' + e.blockedURI));";

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a browser whose language (and Accept-Language) is {@code locale}, e.g. {@code Locale.SIMPLIFIED_CHINESE}. */
    public static Browser start(Locale locale) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            MissingTool.skipOrFail(CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
        }
        String language = locale.toLanguageTag();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1400,1000", "--hide-scrollbars", "--lang=" + language)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_PROBE));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text}, and returns the element. */
    public WebElement waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    /** Clears the field and types {@code text} into it key by key, as a user does. */
    public Browser type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
        return this;
    }

    /** Saves the viewport as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script errors and CSP violations of the current page. */
    @SuppressWarnings("unchecked")
    public List<String> consoleErrors() {
        Object errors = driver.executeScript("return window.__skylarkErrors || []");
        return List.copyOf((List<String>) errors);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
